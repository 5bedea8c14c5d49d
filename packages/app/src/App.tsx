import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import cloudPiNativePlugin, {
  cloudPiNativeTranslationsModule,
} from '@cpin/plugin-cloud-pi-native/alpha';
import { apiDocsModule } from './modules/apiDocs';
import { apiDocsRelationsModule, catalogModule } from './modules/catalog';
import { catalogGraphModule } from './modules/catalogGraph';
import { errorsModule } from './modules/errors';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import {
  cloudPiNativeTitlesModule,
  i18nModule,
  scaffolderTitlesModule,
  userSettingsTitlesModule,
} from './modules/i18n';
import { searchModule } from './modules/search';
import { signInModule } from './modules/signIn';
import { techdocsModule } from './modules/techdocs';

export default createApp({
  features: [
    catalogPlugin,
    catalogModule,
    apiDocsModule,
    apiDocsRelationsModule,
    catalogGraphModule,
    cloudPiNativePlugin,
    cloudPiNativeTranslationsModule,
    navModule,
    homeModule,
    signInModule,
    errorsModule,
    searchModule,
    techdocsModule,
    i18nModule,
    scaffolderTitlesModule,
    cloudPiNativeTitlesModule,
    userSettingsTitlesModule,
  ],
});
