import {
  ApiBlueprint,
  appLanguageApiRef,
} from '@backstage/frontend-plugin-api';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import {
  type CatalogApi,
  catalogApiRef,
  defaultEntityPresentation,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import {
  descriptionFor,
  isFromCloudPiProvider,
} from '@cpin/plugin-cloud-pi-native-common';

/**
 * The catalog API for the presentation's loader, which asks only for a few
 * fields of the entities it names: here it also gets their annotations,
 * where the provider writes its descriptions in other languages.
 */
function withAnnotations(catalogApi: CatalogApi): CatalogApi {
  return new Proxy(catalogApi, {
    get(target, property) {
      if (property === 'getEntitiesByRefs') {
        const getEntitiesByRefs: CatalogApi['getEntitiesByRefs'] = (
          request,
          options,
        ) =>
          target.getEntitiesByRefs(
            request.fields
              ? {
                  ...request,
                  fields: [...request.fields, 'metadata.annotations'],
                }
              : request,
            options,
          );
        return getEntitiesByRefs;
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The entity with the description the Cloud π provider wrote in `language`,
 * where it wrote one.
 */
function withReaderDescription(entity: Entity, language: string | undefined) {
  return isFromCloudPiProvider(entity)
    ? {
        ...entity,
        metadata: {
          ...entity.metadata,
          description: descriptionFor(entity, language),
        },
      }
    : entity;
}

/**
 * Backstage's entity presentation (entity links, owner columns, entity page
 * headers), whose description, in the links' tooltips and accessible names,
 * is the one the Cloud π provider wrote in the reader's language: its
 * `metadata.description` is English.
 */
export function createReaderEntityPresentationApi(options: {
  catalogApi: CatalogApi;
  language: () => string | undefined;
}) {
  return DefaultEntityPresentationApi.create({
    catalogApi: withAnnotations(options.catalogApi),
    renderer: {
      async: true,
      render: ({ entityRef, entity, context }) => {
        const shown =
          entity && withReaderDescription(entity, options.language());
        return {
          snapshot: defaultEntityPresentation(shown ?? entityRef, context),
        };
      },
    },
  });
}

/** The catalog's entity presentation API, replaced by the one above. */
export const readerEntityPresentationApi = ApiBlueprint.make({
  name: 'entity-presentation',
  params: defineParams =>
    defineParams({
      api: entityPresentationApiRef,
      deps: { catalogApi: catalogApiRef, languageApi: appLanguageApiRef },
      factory: ({ catalogApi, languageApi }) =>
        createReaderEntityPresentationApi({
          catalogApi,
          language: () => languageApi.getLanguage().language,
        }),
    }),
});
