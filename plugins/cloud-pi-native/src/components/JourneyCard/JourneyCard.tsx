import { useEntity } from '@backstage/plugin-catalog-react';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import { makeStyles } from '@material-ui/core/styles';
import {
  CardStates,
  CloudPiCard,
  GeneratedAt,
  useCloudPiTranslation,
} from '../shared';
import { JourneyStepItem } from './JourneyStepItem';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

/**
 * "Parcours d'embarquement": where the project stands on the ten steps of
 * the platform's onboarding path (enrolment, tools, repositories, pipeline,
 * namespaces, artefacts, quality, images, deployment, observability), with
 * the evidence and the next action of each step, computed by the backend.
 *
 * @public
 */
export function JourneyCard() {
  const { entity } = useEntity();
  const state = useCloudPiNativeData('journey', entity);
  const t = useCloudPiTranslation();
  const classes = useStyles();
  const done = state.value?.steps.filter(s => s.state === 'done').length;
  return (
    <CloudPiCard
      name="journey"
      title={t('journey.title')}
      // Ten steps, most with a line or two of evidence.
      expectedHeight={800}
      subheader={
        state.value &&
        t('journey.progress', {
          done: String(done),
          total: String(state.value.steps.length),
        })
      }
    >
      <CardStates entity={entity} state={state}>
        {data => (
          <>
            <ol className={classes.list} aria-label={t('journey.caption')}>
              {data.steps.map((step, index) => (
                <JourneyStepItem
                  key={step.id}
                  step={step}
                  position={index + 1}
                />
              ))}
            </ol>
            <GeneratedAt at={data.generatedAt} />
          </>
        )}
      </CardStates>
    </CloudPiCard>
  );
}
