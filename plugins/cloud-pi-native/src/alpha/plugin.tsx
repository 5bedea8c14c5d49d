import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { cloudPiNativeApi, pageAccessApi } from './apis';
import { cloudPiAuthApi } from './authApi';
import {
  accessEntityCard,
  buildsEntityCard,
  deploymentsEntityCard,
  environmentsEntityCard,
  imagesEntityCard,
  journeyEntityCard,
  observabilityEntityCard,
  projectOverviewEntityCard,
  qualityGateEntityCard,
} from './entityCards';
import { entityDataPrefetchElement } from './entityDataPrefetch';
import { environmentsEntityContent } from './entityContents';
import {
  clusterPickerFormField,
  credentialsFormField,
  inputFormField,
  instancePickerFormField,
  projectPickerFormField,
  stagePickerFormField,
} from './formFields';

/**
 * The Cloud π Native frontend plugin for the new frontend system: the
 * backend client and platform sign-in APIs, the page's access panel and
 * entity cards, the
 * environments tab and the scaffolder fields. The French translation comes
 * with `cloudPiNativeTranslationsModule`, a module of the app plugin.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'cloud-pi-native',
  title: 'Cloud π Native',
  info: { packageJson: () => import('../../package.json') },
  extensions: [
    cloudPiAuthApi,
    cloudPiNativeApi,
    pageAccessApi,
    accessEntityCard,
    projectOverviewEntityCard,
    journeyEntityCard,
    qualityGateEntityCard,
    deploymentsEntityCard,
    buildsEntityCard,
    imagesEntityCard,
    observabilityEntityCard,
    environmentsEntityCard,
    environmentsEntityContent,
    entityDataPrefetchElement,
    instancePickerFormField,
    projectPickerFormField,
    stagePickerFormField,
    clusterPickerFormField,
    credentialsFormField,
    inputFormField,
  ],
});
