import { useEntity } from '@backstage/plugin-catalog-react';
import type {
  EnvironmentObservability,
  ObservabilityLinks,
  ObservabilityResponse,
} from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import {
  CardStates,
  CloudPiCard,
  ExternalLink,
  Identifier,
  GeneratedAt,
  PartErrorAlert,
  StageChip,
  useCloudPiTranslation,
  useSharedStyles,
} from '../shared';

const LINK_ORDER: Array<keyof ObservabilityLinks> = [
  'grafana',
  'logs',
  'metrics',
  'alerts',
];

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
  },
}));

function EnvironmentLinks(props: { environment: EnvironmentObservability }) {
  const { environment } = props;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  return (
    <li className={classes.item}>
      <div className={classes.row}>
        <Typography variant="subtitle1" component="h3">
          {t('observability.environment', { name: environment.name })}
        </Typography>
        <StageChip
          stage={environment.stage}
          stageKind={environment.stageKind}
        />
        <Identifier value={environment.namespace} />
      </div>
      {environment.error && (
        <PartErrorAlert
          part={t('observability.partName')}
          error={environment.error}
        />
      )}
      {environment.links && (
        <div className={classes.row}>
          {LINK_ORDER.map(link => (
            <ExternalLink
              key={link}
              to={environment.links![link]}
              label={t('observability.linkLabel', {
                link: t(`observability.links.${link}`),
                environment: environment.name,
              })}
            >
              {t(`observability.links.${link}`)}
            </ExternalLink>
          ))}
        </div>
      )}
    </li>
  );
}

function ObservabilityContent(props: { data: ObservabilityResponse }) {
  const { data } = props;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  const shared = useSharedStyles();
  const { hprod, prod } = data.grafana;
  return (
    <>
      {(hprod || prod || data.dashboardsRepositoryUrl) && (
        <Box className={classes.row} mb={1}>
          {hprod && (
            <ExternalLink to={hprod}>
              {t('observability.grafana.hprod')}
            </ExternalLink>
          )}
          {prod && (
            <ExternalLink to={prod}>
              {t('observability.grafana.prod')}
            </ExternalLink>
          )}
          {data.dashboardsRepositoryUrl && (
            <ExternalLink to={data.dashboardsRepositoryUrl}>
              {t('observability.dashboardsRepository')}
            </ExternalLink>
          )}
        </Box>
      )}
      {data.environments.length === 0 ? (
        <Typography>{t('observability.empty')}</Typography>
      ) : (
        <ul className={classes.list}>
          {data.environments.map(environment => (
            <EnvironmentLinks
              key={environment.name}
              environment={environment}
            />
          ))}
        </ul>
      )}
      <Typography variant="body2" className={shared.footer}>
        {t('observability.retention')}
      </Typography>
      <GeneratedAt at={data.generatedAt} />
    </>
  );
}

/**
 * Grafana, logs (Loki), metrics and alerts links per environment, computed
 * by the backend from platform data.
 *
 * @public
 */
export function ObservabilityCard() {
  const { entity } = useEntity();
  const state = useCloudPiNativeData('observability', entity);
  const t = useCloudPiTranslation();
  return (
    <CloudPiCard name="observability" title={t('observability.title')}>
      <CardStates entity={entity} state={state}>
        {data => <ObservabilityContent data={data} />}
      </CardStates>
    </CloudPiCard>
  );
}
