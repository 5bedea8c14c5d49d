import IconButton from '@material-ui/core/IconButton';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import FileCopyOutlined from '@material-ui/icons/FileCopyOutlined';
import { useEffect, useState } from 'react';
import useCopyToClipboard from 'react-use/esm/useCopyToClipboard';
import { useCloudPiTranslation } from './useCloudPiTranslation';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    maxWidth: '100%',
    minWidth: 0,
    verticalAlign: 'bottom',
  },
  value: {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.85em',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    minWidth: 0,
  },
  button: {
    padding: theme.spacing(0.5),
    marginLeft: theme.spacing(0.25),
  },
  icon: { fontSize: '1rem' },
}));

/** Props of {@link Identifier}. */
export interface IdentifierProps {
  value: string;
  /** Shown instead of the value (e.g. a short commit SHA); the copy takes the value. */
  display?: string;
}

/**
 * A platform identifier (namespace, revision, slug): monospace on one line,
 * cut with an ellipsis when the column is too narrow, the full value in a
 * tooltip and a button that copies it.
 */
export function Identifier(props: IdentifierProps) {
  const { value, display } = props;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  const [copy, copyToClipboard] = useCopyToClipboard();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copiedText = copy.error ? t('common.copyFailed') : t('common.copied');
  return (
    <span className={classes.root} data-cpin-identifier>
      <Tooltip title={value}>
        <code className={classes.value}>{display ?? value}</code>
      </Tooltip>
      <Tooltip
        title={copied ? copiedText : t('common.copy', { value })}
        open={copied ? true : undefined}
      >
        <IconButton
          size="small"
          className={classes.button}
          aria-label={t('common.copy', { value })}
          onClick={() => {
            copyToClipboard(value);
            setCopied(true);
          }}
        >
          <FileCopyOutlined aria-hidden className={classes.icon} />
        </IconButton>
      </Tooltip>
    </span>
  );
}
