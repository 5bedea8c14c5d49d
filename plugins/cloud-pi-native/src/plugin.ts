import {
  configApiRef,
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
  oauthRequestApiRef,
} from '@backstage/core-plugin-api';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import {
  cloudPiAuthApiRef,
  cloudPiNativeApiRef,
} from '@cpin/plugin-cloud-pi-native-react';
import { CloudPiNativeClient } from './api';
import { PageAccessStore, pageAccessApiRef } from './components/PageAccess';
import { createCloudPiAuthApi } from './api/createCloudPiAuthApi';
import {
  cloudPiClusterPickerField,
  cloudPiCredentialsField,
  cloudPiInputField,
  cloudPiInstancePickerField,
  cloudPiProjectPickerField,
  cloudPiStagePickerField,
} from './fields';

/** Every card's code at once (see `components/entityCards`). */
const loadCards = () => import('./components/entityCards');

/**
 * The Cloud π Native plugin for apps on the legacy frontend system. Apps on
 * the new frontend system use the default export of
 * `@cpin/plugin-cloud-pi-native/alpha` instead.
 *
 * @public
 */
export const cloudPiNativePlugin = createPlugin({
  id: 'cloud-pi-native',
  apis: [
    createApiFactory({
      api: cloudPiAuthApiRef,
      deps: {
        configApi: configApiRef,
        discoveryApi: discoveryApiRef,
        oauthRequestApi: oauthRequestApiRef,
      },
      factory: createCloudPiAuthApi,
    }),
    createApiFactory({
      api: cloudPiNativeApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        cloudPiAuthApi: cloudPiAuthApiRef,
      },
      factory: deps => new CloudPiNativeClient(deps),
    }),
    createApiFactory({
      api: pageAccessApiRef,
      deps: {},
      factory: () => new PageAccessStore(),
    }),
  ],
});

/**
 * The page's access panel (every Cloud π entity): one explanation, with whom
 * to ask, when the user may not see the project; the cards of the page then
 * render nothing. Empty while the user has access. Put it first on the page.
 *
 * @public
 */
export const EntityCloudPiAccessCard = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element | null>({
    name: 'EntityCloudPiAccessCard',
    component: {
      lazy: () => loadCards().then(m => m.AccessPanel),
    },
  }),
);

/** The project overview card (Systems). @public */
export const EntityCloudPiProjectOverviewCard = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'EntityCloudPiProjectOverviewCard',
    component: {
      lazy: () => loadCards().then(m => m.ProjectOverviewCard),
    },
  }),
);

/** The onboarding journey card, "Parcours d'embarquement" (Systems). @public */
export const EntityCloudPiJourneyCard = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'EntityCloudPiJourneyCard',
    component: {
      lazy: () => loadCards().then(m => m.JourneyCard),
    },
  }),
);

/** The SonarQube quality gate card (Components and Systems). @public */
export const EntityCloudPiQualityGateCard = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'EntityCloudPiQualityGateCard',
    component: {
      lazy: () => loadCards().then(m => m.QualityGateCard),
    },
  }),
);

/** The Argo CD deployments card, per environment. @public */
export const EntityCloudPiDeploymentsCard = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'EntityCloudPiDeploymentsCard',
    component: {
      lazy: () => loadCards().then(m => m.DeploymentsCard),
    },
  }),
);

/** The secondary chain's builds card: GitLab CI pipelines and mirrors (Components and Systems). @public */
export const EntityCloudPiBuildsCard = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'EntityCloudPiBuildsCard',
    component: {
      lazy: () => loadCards().then(m => m.BuildsCard),
    },
  }),
);

/** The images card: Harbor artifacts, Trivy scans and signatures, per environment. @public */
export const EntityCloudPiImagesCard = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'EntityCloudPiImagesCard',
    component: {
      lazy: () => loadCards().then(m => m.ImagesCard),
    },
  }),
);

/** The observability links card. @public */
export const EntityCloudPiObservabilityCard = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'EntityCloudPiObservabilityCard',
    component: {
      lazy: () => loadCards().then(m => m.ObservabilityCard),
    },
  }),
);

/** The environments and budget card. @public */
export const EntityCloudPiEnvironmentsCard = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'EntityCloudPiEnvironmentsCard',
    component: {
      lazy: () => loadCards().then(m => m.EnvironmentsCard),
    },
  }),
);

/** The environments entity tab content. @public */
export const EntityCloudPiEnvironmentsContent = cloudPiNativePlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'EntityCloudPiEnvironmentsContent',
    component: {
      lazy: () =>
        import('./components/EnvironmentsContent').then(
          m => m.EnvironmentsContent,
        ),
    },
  }),
);

/** Scaffolder field `CloudPiInstancePicker`. @public */
export const CloudPiInstancePickerFieldExtension = cloudPiNativePlugin.provide(
  createScaffolderFieldExtension(cloudPiInstancePickerField),
);

/** Scaffolder field `CloudPiProjectPicker`. @public */
export const CloudPiProjectPickerFieldExtension = cloudPiNativePlugin.provide(
  createScaffolderFieldExtension(cloudPiProjectPickerField),
);

/** Scaffolder field `CloudPiStagePicker`. @public */
export const CloudPiStagePickerFieldExtension = cloudPiNativePlugin.provide(
  createScaffolderFieldExtension(cloudPiStagePickerField),
);

/** Scaffolder field `CloudPiClusterPicker`. @public */
export const CloudPiClusterPickerFieldExtension = cloudPiNativePlugin.provide(
  createScaffolderFieldExtension(cloudPiClusterPickerField),
);

/** Scaffolder field `CloudPiInput`: a text or amount checked against a platform rule. @public */
export const CloudPiInputFieldExtension = cloudPiNativePlugin.provide(
  createScaffolderFieldExtension(cloudPiInputField),
);

/** Scaffolder field `CloudPiCredentials`. @public */
export const CloudPiCredentialsFieldExtension = cloudPiNativePlugin.provide(
  createScaffolderFieldExtension(cloudPiCredentialsField),
);
