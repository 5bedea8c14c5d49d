import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { ProjectOverviewResponse } from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import {
  CardStates,
  CloudPiCard,
  ExternalLink,
  Identifier,
  GeneratedAt,
  PartErrorAlert,
  Tiles,
  useCloudPiTranslation,
  useSharedStyles,
} from '../shared';
import { ProjectStatusBadges } from './ProjectStatusBadges';
import { ProvisioningLog } from './ProvisioningLog';
import { ReprovisionButton } from './ReprovisionButton';
import { ServiceLinks } from './ServiceLinks';

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

      <Box className={classes.section}>
        <Tiles
          items={[
            {
              id: 'slug',
              label: t('overview.fields.slug'),
              value: <Identifier value={project.slug} />,
            },
            {
              id: 'id',
              label: t('overview.fields.id'),
              value: <Identifier value={project.id} />,
            },
            {
              id: 'owner',
              label: t('overview.fields.owner'),
              wide: true,
              value: team.owner ? (
                <>
                  {team.owner.name}
                  <br />
                  <Link href={`mailto:${team.owner.email}`}>
                    {team.owner.email}
                  </Link>
                </>
              ) : (
                t('common.notAvailable')
              ),
            },
            {
              id: 'team',
              label: t('overview.fields.team'),
              value:
                team.size === null
                  ? t('common.notAvailable')
                  : t('overview.teamSize', { count: team.size }),
            },
          ]}
        />
      </Box>
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
    <CloudPiCard name="overview" title={t('overview.title')}>
      <CardStates entity={entity} state={state}>
        {data => <OverviewContent data={data} onReprovisioned={state.retry} />}
      </CardStates>
    </CloudPiCard>
  );
}
