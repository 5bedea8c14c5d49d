import type { ArgoApplicationSummary } from '@cpin/plugin-cloud-pi-native-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  type DataColumn,
  DataTable,
  DateTime,
  ExternalLink,
  Identifier,
  Name,
  StatusIndicator,
  Tiles,
  ToolMessage,
  useCardSize,
  useCloudPiTranslation,
  TileList,
  TileListItem,
} from '../shared';
import { ArgoOperationButtons, useArgoOperations } from '../ArgoOperations';
import { healthTones, syncTones } from './statusTones';

const COMMIT_SHA = /^[0-9a-f]{12,40}$/;
// Argo CD's message after a successful sync operation. It says nothing the
// sync status does not, and is wrong once the application drifted.
const SYNC_SUCCEEDED = /^successfully synced\b/i;

const useStyles = makeStyles(theme => ({
  name: { marginBottom: theme.spacing(1) },
}));

/** Props of {@link ApplicationsTable}. */
export interface ApplicationsTableProps {
  environment: string;
  applications: ArgoApplicationSummary[];
}

function Revision(props: { revision: string | null }) {
  const t = useCloudPiTranslation();
  const { revision } = props;
  if (!revision) return <>{t('common.notAvailable')}</>;
  return (
    <Identifier
      value={revision}
      display={COMMIT_SHA.test(revision) ? revision.slice(0, 7) : undefined}
    />
  );
}

function Sync(props: { application: ArgoApplicationSummary }) {
  const { application } = props;
  const t = useCloudPiTranslation();
  return (
    <>
      <StatusIndicator
        tone={syncTones[application.syncStatus]}
        label={t(`deployments.sync.${application.syncStatus}`)}
      />
      {application.outOfSyncResources > 0 && (
        <Typography variant="caption" color="textSecondary" component="p">
          {t('deployments.outOfSyncResources', {
            count: application.outOfSyncResources,
          })}
        </Typography>
      )}
    </>
  );
}

function Health(props: { application: ArgoApplicationSummary }) {
  const { application } = props;
  const t = useCloudPiTranslation();
  return (
    <StatusIndicator
      tone={healthTones[application.healthStatus]}
      label={t(`deployments.health.${application.healthStatus}`)}
    />
  );
}

function LastSync(props: { application: ArgoApplicationSummary }) {
  const t = useCloudPiTranslation();
  const { lastSyncedAt } = props.application;
  return lastSyncedAt ? (
    <DateTime iso={lastSyncedAt} />
  ) : (
    <>{t('deployments.neverSynced')}</>
  );
}

/** The application's name (a link to Argo CD), its sources and Argo CD's message. */
function ApplicationName(props: {
  application: ArgoApplicationSummary;
  heading?: boolean;
}) {
  const { application, heading } = props;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  const message =
    application.message && !SYNC_SUCCEEDED.test(application.message)
      ? application.message
      : null;
  const link = (
    <ExternalLink
      to={application.url}
      label={t('deployments.openApplication', {
        application: application.name,
      })}
    >
      <Name text={application.name} />
    </ExternalLink>
  );
  return (
    <div className={heading ? classes.name : undefined}>
      {heading ? (
        <Typography variant="subtitle2" component="h4">
          {link}
        </Typography>
      ) : (
        link
      )}
      {application.repository && (
        <Typography variant="caption" color="textSecondary" component="p">
          {t('deployments.source', { repository: application.repository })}
          {application.deployments &&
            application.deployments.length > 0 &&
            ` · ${t('deployments.consoleDeployments', {
              names: application.deployments.join(', '),
            })}`}
        </Typography>
      )}
      {message && (
        <ToolMessage text={t('deployments.argoMessage', { message })} />
      )}
    </div>
  );
}

/**
 * The Argo CD applications of one environment: a definition list per
 * application in a narrow card or for a single application, a table
 * otherwise (the last sync, then the revision, drop first as it narrows;
 * the operation buttons go under each row until the card is wide).
 */
export function ApplicationsTable(props: ApplicationsTableProps) {
  const { environment, applications } = props;
  const t = useCloudPiTranslation();
  const size = useCardSize();
  const operations = useArgoOperations();

  const tiles = (
    <TileList label={t('deployments.caption', { name: environment })} nested>
      {applications.map(application => (
        <TileListItem key={application.name}>
          <ApplicationName application={application} heading />
          <Tiles
            items={[
              {
                id: 'sync',
                label: t('deployments.columns.sync'),
                value: <Sync application={application} />,
              },
              {
                id: 'health',
                label: t('deployments.columns.health'),
                value: <Health application={application} />,
              },
              {
                id: 'revision',
                label: t('deployments.columns.revision'),
                value: <Revision revision={application.revision} />,
              },
              {
                id: 'lastSync',
                label: t('deployments.columns.lastSync'),
                value: <LastSync application={application} />,
              },
            ]}
          />
          {operations && (
            <Box mt={1}>
              <ArgoOperationButtons application={application} />
            </Box>
          )}
        </TileListItem>
      ))}
    </TileList>
  );
  if (size === 'compact' || applications.length === 1) return tiles;

  const columns: DataColumn<ArgoApplicationSummary>[] = [
    {
      id: 'application',
      label: t('deployments.columns.application'),
      priority: 1,
      render: application => <ApplicationName application={application} />,
    },
    {
      id: 'sync',
      label: t('deployments.columns.sync'),
      priority: 1,
      render: application => <Sync application={application} />,
    },
    {
      id: 'health',
      label: t('deployments.columns.health'),
      priority: 1,
      render: application => <Health application={application} />,
    },
    {
      id: 'revision',
      label: t('deployments.columns.revision'),
      priority: 2,
      render: application => <Revision revision={application.revision} />,
    },
    {
      id: 'lastSync',
      label: t('deployments.columns.lastSync'),
      priority: 3,
      render: application => <LastSync application={application} />,
    },
    ...(operations && size === 'wide'
      ? [
          {
            id: 'operations',
            label: t('argoOperations.column'),
            priority: 1 as const,
            render: (application: ArgoApplicationSummary) => (
              <ArgoOperationButtons application={application} />
            ),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      narrow={tiles}
      caption={t('deployments.caption', { name: environment })}
      columns={columns}
      rows={applications}
      rowKey={application => application.name}
      // Below a wide card, the buttons would push the table past its edge.
      rowDetail={
        operations && size !== 'wide'
          ? application => <ArgoOperationButtons application={application} />
          : undefined
      }
    />
  );
}
