import { useEntity } from '@backstage/plugin-catalog-react';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import Typography from '@material-ui/core/Typography';
import {
  CardStates,
  CloudPiCard,
  GeneratedAt,
  useCloudPiTranslation,
  useSharedStyles,
} from '../shared';
import { BudgetSummary } from './BudgetSummary';
import { EnvironmentsTable } from './EnvironmentsTable';

/**
 * The project's environments (stage, zone, cluster, CPU/GPU/memory,
 * auto-sync) and its resource budget.
 *
 * @public
 */
export function EnvironmentsCard() {
  const { entity } = useEntity();
  const state = useCloudPiNativeData('environments', entity);
  const t = useCloudPiTranslation();
  const classes = useSharedStyles();
  return (
    <CloudPiCard name="environments" title={t('environments.title')}>
      <CardStates entity={entity} state={state}>
        {data => (
          <>
            <EnvironmentsTable environments={data.environments} />
            <section
              aria-labelledby="cpin-environments-budget"
              className={classes.section}
            >
              <Typography
                variant="subtitle1"
                component="h3"
                id="cpin-environments-budget"
              >
                {t('environments.budget.title')}
              </Typography>
              <BudgetSummary budget={data.budget} headingLevel="h4" />
            </section>
            <GeneratedAt at={data.generatedAt} />
          </>
        )}
      </CardStates>
    </CloudPiCard>
  );
}
