import { useEntity } from '@backstage/plugin-catalog-react';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import Grid from '@material-ui/core/Grid';
import { BudgetSummary, EnvironmentsTable } from '../EnvironmentsCard';
import { AccessPanel } from '../PageAccess';
import {
  CardStates,
  CloudPiCard,
  GeneratedAt,
  PageCard,
  useCloudPiTranslation,
} from '../shared';

/**
 * The environments tab of a project or environment entity: the environments
 * table next to the resource budget. A user who may not see them gets the
 * page's access panel, with whom to ask, as on the overview.
 *
 * @public
 */
export function EnvironmentsContent() {
  const { entity } = useEntity();
  const state = useCloudPiNativeData('environments', entity);
  const t = useCloudPiTranslation();
  return (
    <>
      <AccessPanel />
      <PageCard>
        <CardStates entity={entity} state={state}>
          {data => (
            <Grid container spacing={3} alignItems="stretch">
              <Grid item xs={12} lg={8}>
                <CloudPiCard
                  name="environments"
                  title={t('environments.title')}
                >
                  <EnvironmentsTable environments={data.environments} />
                  <GeneratedAt at={data.generatedAt} />
                </CloudPiCard>
              </Grid>
              <Grid item xs={12} lg={4}>
                <CloudPiCard
                  name="budget"
                  title={t('environments.budget.title')}
                >
                  <BudgetSummary budget={data.budget} headingLevel="h3" />
                </CloudPiCard>
              </Grid>
            </Grid>
          )}
        </CardStates>
      </PageCard>
    </>
  );
}
