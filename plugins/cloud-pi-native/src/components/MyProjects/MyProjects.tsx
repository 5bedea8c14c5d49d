import { Link, Progress } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  useEntityRefLink,
} from '@backstage/plugin-catalog-react';
import type { ProjectStatus } from '@cpin/plugin-cloud-pi-native-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  ProjectLockedIndicator,
  ProjectStatusIndicator,
  ProvisioningOutdatedIndicator,
  projectStatusTones,
} from '../ProjectOverviewCard';
import {
  LoadError,
  StatusIndicator,
  useCloudPiTranslation,
  useFormatters,
} from '../shared';
import { type MyProject, countByStatus, fetchMyProjects } from './myProjects';

const useStyles = makeStyles(theme => ({
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5, 2),
    marginBottom: theme.spacing(1),
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    // One column in a narrow widget, two or more in a wide one.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))',
    columnGap: theme.spacing(3),
  },
  item: {
    minWidth: 0,
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  // A project name on one line: an ellipsis rather than a broken word.
  title: {
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5, 2),
  },
}));

function StatusOf(props: { status?: ProjectStatus }) {
  const t = useCloudPiTranslation();
  return props.status ? (
    <ProjectStatusIndicator status={props.status} />
  ) : (
    <StatusIndicator tone="unknown" label={t('myProjects.unknownStatus')} />
  );
}

function Summary(props: { projects: MyProject[] }) {
  const t = useCloudPiTranslation();
  const format = useFormatters();
  const classes = useStyles();
  return (
    <div
      className={classes.summary}
      role="group"
      aria-label={t('myProjects.summaryLabel')}
    >
      <Typography component="span" variant="body2" color="textSecondary">
        {t('myProjects.summary', { count: props.projects.length })}
      </Typography>
      {countByStatus(props.projects).map(({ status, count }) => (
        <StatusIndicator
          key={status ?? 'unknown'}
          tone={status ? projectStatusTones[status] : 'unknown'}
          label={t('myProjects.statusCount', {
            status: status
              ? t(`overview.status.${status}`)
              : t('myProjects.unknownStatus'),
            number: format.number(count),
          })}
        />
      ))}
    </div>
  );
}

function ProjectList(props: { projects: MyProject[] }) {
  const classes = useStyles();
  const entityLink = useEntityRefLink();
  return (
    <ul className={classes.list}>
      {props.projects.map(project => (
        <li
          key={`${project.entity.metadata.namespace}/${project.entity.metadata.name}`}
          className={classes.item}
        >
          <Link
            to={entityLink(project.entity)}
            className={classes.title}
            title={project.title}
          >
            {project.title}
          </Link>
          <div className={classes.badges}>
            <StatusOf status={project.status} />
            {project.locked && <ProjectLockedIndicator />}
            {project.outdated && <ProvisioningOutdatedIndicator />}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Props of {@link CloudPiMyProjects}. @public */
export interface CloudPiMyProjectsProps {
  /**
   * Where the empty state sends the user to create a project: the scaffolder
   * (`/create`, the default) or a template's page, e.g.
   * `/create/templates/default/cpin-new-project`.
   */
  newProjectUrl?: string;
}

/**
 * The Cloud π projects of the signed-in user, read from the catalog as the
 * user: each with its status (the console's wording, as on the project
 * overview card), lock and provisioning freshness, failed and degraded
 * projects first, under a count by status. Meant for the home page; with no
 * project, it offers to create one.
 *
 * @public
 */
export function CloudPiMyProjects(props: CloudPiMyProjectsProps) {
  const { newProjectUrl = '/create' } = props;
  const catalogApi = useApi(catalogApiRef);
  const identityApi = useApi(identityApiRef);
  const t = useCloudPiTranslation();
  const state = useAsyncRetry(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    return fetchMyProjects(catalogApi, ownershipEntityRefs);
  }, [catalogApi, identityApi]);

  let body;
  // A retry shows the progress bar rather than the previous error.
  if (state.error && !state.loading) {
    body = (
      <LoadError
        title={t('myProjects.error')}
        errors={[state.error]}
        onRetry={state.retry}
      />
    );
  } else if (state.value === undefined) {
    body = <Progress aria-label={t('myProjects.loading')} />;
  } else if (state.value.length === 0) {
    body = (
      <>
        <Typography variant="body1" paragraph>
          {t('myProjects.empty')}
        </Typography>
        <Typography variant="body1">
          <Link to={newProjectUrl}>{t('myProjects.create')}</Link>
        </Typography>
      </>
    );
  } else {
    body = (
      <>
        <Summary projects={state.value} />
        <ProjectList projects={state.value} />
      </>
    );
  }

  return (
    <section
      aria-labelledby="cpin-my-projects-title"
      data-cpin-widget="my-projects"
    >
      <Typography
        variant="h6"
        component="h2"
        gutterBottom
        id="cpin-my-projects-title"
      >
        {t('myProjects.title')}
      </Typography>
      {body}
    </section>
  );
}
