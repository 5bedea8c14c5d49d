import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import Typography from '@material-ui/core/Typography';
import { ArgoOperationsProvider } from '../ArgoOperations';
import {
  CardStates,
  CloudPiCard,
  GeneratedAt,
  useCloudPiTranslation,
} from '../shared';
import { EnvironmentDeploymentsSection } from './EnvironmentDeploymentsSection';

/**
 * Argo CD applications and namespace quota per environment, in stage order
 * (dev → staging → prod), production highlighted. An environment whose Argo
 * CD could not be read shows a warning; the others stay visible.
 *
 * @public
 */
export function DeploymentsCard() {
  const { entity } = useEntity();
  const state = useCloudPiNativeData('deployments', entity);
  const t = useCloudPiTranslation();
  return (
    <CloudPiCard name="deployments" title={t('deployments.title')}>
      <CardStates entity={entity} state={state}>
        {data => (
          <ArgoOperationsProvider
            entity={getCompoundEntityRef(entity)}
            permissions={data.operations}
            onChanged={state.retry}
          >
            {data.environments.length === 0 && (
              <Typography>{t('deployments.empty')}</Typography>
            )}
            {data.environments.map(environment => (
              <EnvironmentDeploymentsSection
                key={environment.name}
                environment={environment}
              />
            ))}
            <GeneratedAt at={data.generatedAt} />
          </ArgoOperationsProvider>
        )}
      </CardStates>
    </CloudPiCard>
  );
}
