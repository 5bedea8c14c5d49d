import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import cloudPiNativePlugin, {
  cloudPiNativeTranslationsModule,
} from '@cpin/plugin-cloud-pi-native/alpha';
import { apiDocsRelationsModule, catalogModule } from './modules/catalog';
import { catalogGraphModule } from './modules/catalogGraph';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import {
  cloudPiNativeTitlesModule,
  i18nModule,
  scaffolderTitlesModule,
} from './modules/i18n';
import { searchModule } from './modules/search';
import { signInModule } from './modules/signIn';

export default createApp({
  features: [
    catalogPlugin,
    catalogModule,
    apiDocsRelationsModule,
    catalogGraphModule,
    cloudPiNativePlugin,
    cloudPiNativeTranslationsModule,
    navModule,
    homeModule,
    signInModule,
    searchModule,
    i18nModule,
    scaffolderTitlesModule,
    cloudPiNativeTitlesModule,
  ],
});
