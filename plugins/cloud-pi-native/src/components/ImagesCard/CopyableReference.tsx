import IconButton from '@material-ui/core/IconButton';
import Tooltip from '@material-ui/core/Tooltip';
import FileCopyOutlined from '@material-ui/icons/FileCopyOutlined';
import { useState } from 'react';
import { useCloudPiTranslation } from '../shared';
import { useImagesStyles } from './styles';

/**
 * A long identifier (an image reference) in monospace, cut with an ellipsis
 * rather than broken, with its full text in a tooltip and a copy button.
 */
export function CopyableReference(props: { value: string }) {
  const { value } = props;
  const t = useCloudPiTranslation();
  const classes = useImagesStyles();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <Tooltip title={value}>
        <code className={classes.reference}>{value}</code>
      </Tooltip>
      <Tooltip
        title={copied ? t('images.copied') : t('images.copy', { value })}
      >
        <IconButton
          size="small"
          aria-label={t('images.copy', { value })}
          onClick={() =>
            navigator.clipboard
              ?.writeText(value)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          <FileCopyOutlined fontSize="inherit" />
        </IconButton>
      </Tooltip>
    </>
  );
}
