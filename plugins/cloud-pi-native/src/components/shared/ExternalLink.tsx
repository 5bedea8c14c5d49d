import { useAnalytics } from '@backstage/core-plugin-api';
import MuiLink from '@material-ui/core/Link';
import { makeStyles } from '@material-ui/core/styles';
import OpenInNew from '@material-ui/icons/OpenInNew';
import type { ReactNode } from 'react';
import { useCloudPiTranslation } from './useCloudPiTranslation';
import { useSharedStyles } from './styles';

const useStyles = makeStyles(theme => ({
  icon: {
    fontSize: '0.9em',
    marginLeft: theme.spacing(0.5),
    verticalAlign: 'middle',
  },
}));

/** Props of {@link ExternalLink}. */
export interface ExternalLinkProps {
  to: string;
  /** Visible text. */
  children: ReactNode;
  /** Accessible name when the visible text lacks context (e.g. "Logs" → "Logs of environment dev"). */
  label?: string;
}

/**
 * A link to a platform tool, opened in a new tab. Screen readers get a
 * translated name that says so (the core `Link` appends an English hint).
 * Clicks are reported to the analytics API like the core `Link` does.
 */
export function ExternalLink(props: ExternalLinkProps) {
  const { to, children, label } = props;
  const t = useCloudPiTranslation();
  const shared = useSharedStyles();
  const classes = useStyles();
  const analytics = useAnalytics();
  const name = label ?? (typeof children === 'string' ? children : to);
  return (
    <MuiLink
      href={to}
      target="_blank"
      rel="noopener noreferrer"
      onClick={() =>
        analytics.captureEvent('click', name, { attributes: { to } })
      }
    >
      <span aria-hidden>{children}</span>
      <OpenInNew aria-hidden className={classes.icon} />
      <span className={shared.visuallyHidden}>
        {t('common.opensInNewTab', { label: name })}
      </span>
    </MuiLink>
  );
}
