import type { Entity } from '@backstage/catalog-model';
import { EmptyState, Progress } from '@backstage/core-components';
import {
  CLOUD_PI_NATIVE_ANNOTATIONS,
  isCloudPiNativeAvailable,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  type CloudPiAsyncState,
  classifyCloudPiError,
} from '@cpin/plugin-cloud-pi-native-react';
import Box from '@material-ui/core/Box';
import type { ReactNode } from 'react';
import { useReportCardAccess } from '../PageAccess/usePageAccess';
import { AccessMessage } from './AccessMessage';
import { LoadError } from './LoadError';
import { useSharedStyles } from './styles';
import { useCloudPiTranslation } from './useCloudPiTranslation';

/** The annotations every card needs, written by the catalog provider. */
export const REQUIRED_ANNOTATIONS = [
  CLOUD_PI_NATIVE_ANNOTATIONS.instance,
  CLOUD_PI_NATIVE_ANNOTATIONS.projectSlug,
];

/** Shown on an entity the Cloud π catalog provider did not import. */
export function MissingCloudPiAnnotation() {
  const t = useCloudPiTranslation();
  const classes = useSharedStyles();
  return (
    <EmptyState
      missing="field"
      title={t('states.missing.title')}
      description={
        <>
          {t('states.missing.description')}
          <Box component="span" display="block" mt={1}>
            {REQUIRED_ANNOTATIONS.map(annotation => (
              <Box
                component="code"
                key={annotation}
                className={classes.code}
                mr={1}
              >
                {annotation}
              </Box>
            ))}
          </Box>
        </>
      }
    />
  );
}

/** Props of {@link CardStates}. */
export interface CardStatesProps<T> {
  entity: Entity;
  state: CloudPiAsyncState<T>;
  children: (value: T) => ReactNode;
}

/**
 * Renders the state of a card request: missing annotations, then
 * forbidden, unknown project or error (with retry), loading, then the data.
 * A refusal is also told to the page, for its access panel.
 */
export function CardStates<T>(props: CardStatesProps<T>) {
  const { entity, state, children } = props;
  const t = useCloudPiTranslation();
  useReportCardAccess(entity, state);

  if (!isCloudPiNativeAvailable(entity)) {
    return <MissingCloudPiAnnotation />;
  }
  if (state.error) {
    const kind = classifyCloudPiError(state.error);
    if (kind !== 'other') {
      return <AccessMessage kind={kind} />;
    }
    return (
      <LoadError
        title={t('states.error.title')}
        errors={[state.error]}
        onRetry={state.retry}
        retrying={state.loading}
      />
    );
  }
  // A refresh keeps showing the previous data (and what depends on it).
  if (state.value === undefined) {
    return <Progress aria-label={t('common.loading')} />;
  }
  return <>{children(state.value)}</>;
}
