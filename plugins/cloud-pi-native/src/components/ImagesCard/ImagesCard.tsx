import { useEntity } from '@backstage/plugin-catalog-react';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import Typography from '@material-ui/core/Typography';
import {
  CardStates,
  CloudPiCard,
  ExternalLink,
  GeneratedAt,
  PartErrorAlert,
  useCloudPiTranslation,
  useSharedStyles,
} from '../shared';
import { DeployedImages } from './DeployedImages';
import { RegistryRepositories } from './RegistryRepositories';

/**
 * The container images of the entity: per environment, the images its Argo
 * CD applications run with their Trivy scan and cosign signature; then the
 * repositories of the project's Harbor project with their newest artifact.
 *
 * @public
 */
export function ImagesCard() {
  const { entity } = useEntity();
  const state = useCloudPiNativeData('images', entity);
  const t = useCloudPiTranslation();
  const shared = useSharedStyles();

  return (
    <CloudPiCard name="images" title={t('images.title')}>
      <CardStates entity={entity} state={state}>
        {data => (
          <>
            <Typography variant="body2">
              {data.registry.url ? (
                <ExternalLink
                  to={data.registry.url}
                  label={t('images.openRegistry', {
                    project: data.registry.project,
                  })}
                >
                  {t('images.registry', { project: data.registry.project })}
                </ExternalLink>
              ) : (
                t('images.registry', { project: data.registry.project })
              )}
            </Typography>
            {data.error && (
              <PartErrorAlert
                part={t('images.registryError')}
                error={data.error}
              />
            )}
            <section className={shared.section}>
              <Typography variant="subtitle1" component="h3">
                {t('images.deployed')}
              </Typography>
              <DeployedImages environments={data.environments} />
            </section>
            {!data.error && (
              <section className={shared.section}>
                <Typography variant="subtitle1" component="h3">
                  {t('images.stored')}
                </Typography>
                <RegistryRepositories repositories={data.repositories} />
              </section>
            )}
            <GeneratedAt at={data.generatedAt} />
          </>
        )}
      </CardStates>
    </CloudPiCard>
  );
}
