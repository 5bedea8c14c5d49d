import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  type CatalogCollatorEntityTransformer,
  catalogCollatorExtensionPoint,
  defaultCatalogCollatorEntityTransformer,
} from '@backstage/plugin-search-backend-module-catalog';
import {
  descriptionFor,
  searchTextField,
} from '@cpin/plugin-cloud-pi-native-common';

/** The languages other than English the Cloud π provider writes texts in. */
const LANGUAGES = ['fr'];

/**
 * Backstage's catalog search document, plus one field per language
 * (`searchTextField`): the description the Cloud π provider wrote in that
 * language, for the search engines to match its words and the search page
 * to show a reader's (see the app's `readerCatalogSearchResultItem`).
 * Every document has the field, empty when the entity has no other text:
 * the in-memory engine indexes the fields of an index's first document only.
 */
export const catalogDocumentWithReaderTexts: CatalogCollatorEntityTransformer =
  entity => {
    const document = defaultCatalogCollatorEntityTransformer(entity);
    const texts = LANGUAGES.map(language => {
      const text = descriptionFor(entity, language);
      return [
        searchTextField(language),
        text && text !== document.text ? text : '',
      ];
    });
    return { ...document, ...Object.fromEntries(texts) };
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
