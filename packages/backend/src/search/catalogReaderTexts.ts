import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  type CatalogCollatorEntityTransformer,
  catalogCollatorExtensionPoint,
  defaultCatalogCollatorEntityTransformer,
} from '@backstage/plugin-search-backend-module-catalog';
import { descriptionFor } from '@cpin/plugin-cloud-pi-native-common';

/** The languages other than English the Cloud π provider writes texts in. */
const LANGUAGES = ['fr'];

/**
 * Backstage's catalog search document, plus `texts`: the descriptions the
 * Cloud π provider wrote in other languages than its English
 * `metadata.description` (the document's `text`), for the search page to
 * show a reader's (see the app's `readerCatalogSearchResultItem`).
 */
export const catalogDocumentWithReaderTexts: CatalogCollatorEntityTransformer =
  entity => {
    const document = defaultCatalogCollatorEntityTransformer(entity);
    const texts = Object.fromEntries(
      LANGUAGES.flatMap(language => {
        const text = descriptionFor(entity, language);
        return text && text !== document.text ? [[language, text]] : [];
      }),
    );
    return Object.keys(texts).length > 0 ? { ...document, texts } : document;
  };

/** Indexes the catalog with {@link catalogDocumentWithReaderTexts}. */
export const searchModuleCatalogReaderTexts = createBackendModule({
  pluginId: 'search',
  moduleId: 'catalog-reader-texts',
  register(reg) {
    reg.registerInit({
      deps: { collator: catalogCollatorExtensionPoint },
      async init({ collator }) {
        collator.setEntityTransformer(catalogDocumentWithReaderTexts);
      },
    });
  },
});
