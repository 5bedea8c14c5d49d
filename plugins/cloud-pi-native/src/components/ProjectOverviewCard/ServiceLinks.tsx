import type { ServiceLink } from '@cpin/plugin-cloud-pi-native-common';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  type CloudPiTranslate,
  ExternalLink,
  PartErrorAlert,
  useCloudPiTranslation,
} from '../shared';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1, 3),
  },
}));

/** The translated name of a service link ("Argo CD (DSO)", "Grafana (production)"). */
export function serviceLabel(t: CloudPiTranslate, link: ServiceLink): string {
  if (link.kind === 'grafana' && link.stageKind) {
    return t(`observability.grafana.${link.stageKind}`);
  }
  const service = t(`overview.services.kind.${link.kind}`);
  return link.zone
    ? t('overview.services.withZone', { service, zone: link.zone.label })
    : service;
}

/** Links to the project's tools, as the console lists them. */
export function ServiceLinks(props: {
  services: { items: ServiceLink[]; error?: { name: string; message: string } };
}) {
  const { items, error } = props.services;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  return (
    <section aria-labelledby="cpin-overview-services">
      <Typography
        variant="subtitle2"
        component="h3"
        id="cpin-overview-services"
      >
        {t('overview.services.title')}
      </Typography>
      {error && (
        <PartErrorAlert part={t('overview.services.part')} error={error} />
      )}
      {!error && items.length === 0 && (
        <Typography variant="body2">{t('overview.services.empty')}</Typography>
      )}
      {items.length > 0 && (
        <ul className={classes.list}>
          {items.map(link => (
            <li key={link.url}>
              <ExternalLink to={link.url}>{serviceLabel(t, link)}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
