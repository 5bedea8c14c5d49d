import { coreComponentsTranslationRef } from '@backstage/core-components';
import { createTranslationResource } from '@backstage/frontend-plugin-api';
import { apiDocsTranslationRef } from '@backstage/plugin-api-docs';
import { catalogTranslationRef } from '@backstage/plugin-catalog';
import { catalogGraphTranslationRef } from '@backstage/plugin-catalog-graph';
import { catalogImportTranslationRef } from '@backstage/plugin-catalog-import';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react';
import { homeTranslationRef } from '@backstage/plugin-home';
import { homeReactTranslationRef } from '@backstage/plugin-home-react';
import { kubernetesTranslationRef } from '@backstage/plugin-kubernetes';
import { kubernetesReactTranslationRef } from '@backstage/plugin-kubernetes-react';
import { notificationsTranslationRef } from '@backstage/plugin-notifications';
import { orgTranslationRef } from '@backstage/plugin-org';
import { scaffolderTranslationRef } from '@backstage/plugin-scaffolder';
import { scaffolderReactTranslationRef } from '@backstage/plugin-scaffolder-react';
import { searchTranslationRef } from '@backstage/plugin-search';
import { searchReactTranslationRef } from '@backstage/plugin-search-react';
import { techdocsTranslationRef } from '@backstage/plugin-techdocs/alpha';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings';

// One resource per translation ref; the French messages of each are loaded
// on first use (one chunk per plugin).

/** French for `@backstage/core-components` (sign-in, tables, error pages). @public */
export const coreComponentsTranslationsFr = createTranslationResource({
  ref: coreComponentsTranslationRef,
  translations: { fr: () => import('./fr/coreComponents') },
});

/** French for `@backstage/plugin-catalog`. @public */
export const catalogTranslationsFr = createTranslationResource({
  ref: catalogTranslationRef,
  translations: { fr: () => import('./fr/catalog') },
});

/** French for `@backstage/plugin-catalog-react` (filters, "Missing Annotation"). @public */
export const catalogReactTranslationsFr = createTranslationResource({
  ref: catalogReactTranslationRef,
  translations: { fr: () => import('./fr/catalogReact') },
});

/** French for `@backstage/plugin-scaffolder`. @public */
export const scaffolderTranslationsFr = createTranslationResource({
  ref: scaffolderTranslationRef,
  translations: { fr: () => import('./fr/scaffolder') },
});

/** French for `@backstage/plugin-scaffolder-react` (the template form's stepper). @public */
export const scaffolderReactTranslationsFr = createTranslationResource({
  ref: scaffolderReactTranslationRef,
  translations: { fr: () => import('./fr/scaffolderReact') },
});

/** French for `@backstage/plugin-user-settings`. @public */
export const userSettingsTranslationsFr = createTranslationResource({
  ref: userSettingsTranslationRef,
  translations: { fr: () => import('./fr/userSettings') },
});

/** French for `@backstage/plugin-search`. @public */
export const searchTranslationsFr = createTranslationResource({
  ref: searchTranslationRef,
  translations: { fr: () => import('./fr/search') },
});

/** French for `@backstage/plugin-search-react`. @public */
export const searchReactTranslationsFr = createTranslationResource({
  ref: searchReactTranslationRef,
  translations: { fr: () => import('./fr/searchReact') },
});

/** French for `@backstage/plugin-home`. @public */
export const homeTranslationsFr = createTranslationResource({
  ref: homeTranslationRef,
  translations: { fr: () => import('./fr/home') },
});

/** French for `@backstage/plugin-home-react`. @public */
export const homeReactTranslationsFr = createTranslationResource({
  ref: homeReactTranslationRef,
  translations: { fr: () => import('./fr/homeReact') },
});

/** French for `@backstage/plugin-kubernetes`. @public */
export const kubernetesTranslationsFr = createTranslationResource({
  ref: kubernetesTranslationRef,
  translations: { fr: () => import('./fr/kubernetes') },
});

/** French for `@backstage/plugin-kubernetes-react`. @public */
export const kubernetesReactTranslationsFr = createTranslationResource({
  ref: kubernetesReactTranslationRef,
  translations: { fr: () => import('./fr/kubernetesReact') },
});

/** French for `@backstage/plugin-notifications`. @public */
export const notificationsTranslationsFr = createTranslationResource({
  ref: notificationsTranslationRef,
  translations: { fr: () => import('./fr/notifications') },
});

/** French for `@backstage/plugin-org`. @public */
export const orgTranslationsFr = createTranslationResource({
  ref: orgTranslationRef,
  translations: { fr: () => import('./fr/org') },
});

/** French for `@backstage/plugin-api-docs`. @public */
export const apiDocsTranslationsFr = createTranslationResource({
  ref: apiDocsTranslationRef,
  translations: { fr: () => import('./fr/apiDocs') },
});

/** French for `@backstage/plugin-catalog-graph`. @public */
export const catalogGraphTranslationsFr = createTranslationResource({
  ref: catalogGraphTranslationRef,
  translations: { fr: () => import('./fr/catalogGraph') },
});

/** French for `@backstage/plugin-catalog-import`. @public */
export const catalogImportTranslationsFr = createTranslationResource({
  ref: catalogImportTranslationRef,
  translations: { fr: () => import('./fr/catalogImport') },
});

/** French for `@backstage/plugin-techdocs`. @public */
export const techdocsTranslationsFr = createTranslationResource({
  ref: techdocsTranslationRef,
  translations: { fr: () => import('./fr/techdocs') },
});

/**
 * Every French resource of the package, for the legacy frontend system:
 * `createApp({ __experimentalTranslations: { availableLanguages: ['fr', 'en'], resources: backstageTranslationsFr } })`.
 *
 * @public
 */
export const backstageTranslationsFr = [
  coreComponentsTranslationsFr,
  catalogTranslationsFr,
  catalogReactTranslationsFr,
  scaffolderTranslationsFr,
  scaffolderReactTranslationsFr,
  userSettingsTranslationsFr,
  searchTranslationsFr,
  searchReactTranslationsFr,
  homeTranslationsFr,
  homeReactTranslationsFr,
  kubernetesTranslationsFr,
  kubernetesReactTranslationsFr,
  notificationsTranslationsFr,
  orgTranslationsFr,
  apiDocsTranslationsFr,
  catalogGraphTranslationsFr,
  catalogImportTranslationsFr,
  techdocsTranslationsFr,
];
