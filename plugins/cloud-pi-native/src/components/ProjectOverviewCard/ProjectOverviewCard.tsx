import { getCompoundEntityRef } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { ProjectOverviewResponse } from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { type ReactNode, useMemo } from 'react';
import {
  CardStates,
  ExternalLink,
  GeneratedAt,
  PartErrorAlert,
  useCloudPiTranslation,
  useSharedStyles,
} from '../shared';
import { ProjectStatusBadges } from './ProjectStatusBadges';
import { ProvisioningLog } from './ProvisioningLog';
import { ReprovisionButton } from './ReprovisionButton';
import { ServiceLinks } from './ServiceLinks';

function Field(props: { label: string; children: ReactNode }) {
  return (
    <Grid item xs={12} sm={6}>
      <Typography variant="caption" color="textSecondary" component="dt">
        {props.label}
      </Typography>
      <Typography variant="body2" component="dd" style={{ margin: 0 }}>
        {props.children}
      </Typography>
    </Grid>
  );
}

function OverviewContent(props: {
  data: ProjectOverviewResponse;
  onReprovisioned(): void;
}) {
  const { data, onReprovisioned } = props;
  const { entity } = useEntity();
  const t = useCloudPiTranslation();
  const classes = useSharedStyles();
  const entityRef = useMemo(() => getCompoundEntityRef(entity), [entity]);
  const { project, team } = data;
  // The console refuses to reprovision locked or archived projects.
  const canReprovision =
    data.permissions.canReprovision &&
    !project.locked &&
    project.status !== 'archived';

  return (
    <>
      <ProjectStatusBadges overview={data} />
      <Typography variant="body1" className={classes.section}>
        {project.description || t('overview.noDescription')}
      </Typography>

      <Grid container spacing={1} component="dl" className={classes.section}>
        <Field label={t('overview.fields.slug')}>
          <code className={classes.code}>{project.slug}</code>
        </Field>
        <Field label={t('overview.fields.id')}>
          <code className={classes.code}>{project.id}</code>
        </Field>
        <Field label={t('overview.fields.owner')}>
          {team.owner ? (
            <>
              {team.owner.name}{' '}
              <Link href={`mailto:${team.owner.email}`}>
                {team.owner.email}
              </Link>
            </>
          ) : (
            t('common.notAvailable')
          )}
        </Field>
        <Field label={t('overview.fields.team')}>
          {team.size === null
            ? t('common.notAvailable')
            : t('overview.teamSize', { count: team.size })}
        </Field>
      </Grid>
      {team.error && (
        <PartErrorAlert part={t('overview.teamPart')} error={team.error} />
      )}

      <Box className={classes.section}>
        <ServiceLinks services={data.services} />
      </Box>
      <ProvisioningLog logs={data.logs} />

      <Box className={classes.section}>
        <ExternalLink to={data.instance.projectUrl}>
          {t('overview.openInConsole')}
        </ExternalLink>
      </Box>
      {canReprovision && (
        <Box className={classes.section}>
          <ReprovisionButton
            entityRef={entityRef}
            projectName={project.name}
            onReprovisioned={onReprovisioned}
          />
        </Box>
      )}
      <GeneratedAt at={data.generatedAt} />
    </>
  );
}

/**
 * The Cloud π project of the entity: status with the console's wording,
 * lock and provisioning freshness, owner and team, service links, last
 * provisioning runs, and a "Reprovision" button for those allowed to.
 *
 * @public
 */
export function ProjectOverviewCard() {
  const { entity } = useEntity();
  const state = useCloudPiNativeData('overview', entity);
  const t = useCloudPiTranslation();
  return (
    <InfoCard title={t('overview.title')}>
      <CardStates entity={entity} state={state}>
        {data => <OverviewContent data={data} onReprovisioned={state.retry} />}
      </CardStates>
    </InfoCard>
  );
}
