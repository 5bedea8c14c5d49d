import {
  createTranslationRef,
  createTranslationResource,
} from '@backstage/frontend-plugin-api';

/**
 * The catalog's built-in relation types, named as Backstage names them: the
 * relations graph prints the raw type on its edges ("hasPart / partOf"),
 * which no translation ref of Backstage reaches. English keeps those names,
 * the ones of the graph page's filter and of Backstage's documentation.
 */
const relationNames = {
  ownedBy: 'ownedBy',
  ownerOf: 'ownerOf',
  partOf: 'partOf',
  hasPart: 'hasPart',
  dependsOn: 'dependsOn',
  dependencyOf: 'dependencyOf',
  providesApi: 'providesApi',
  apiProvidedBy: 'apiProvidedBy',
  consumesApi: 'consumesApi',
  apiConsumedBy: 'apiConsumedBy',
  parentOf: 'parentOf',
  childOf: 'childOf',
  memberOf: 'memberOf',
  hasMember: 'hasMember',
} as const;

/** A relation type that {@link relationTranslationRef} names. */
export type KnownRelation = keyof typeof relationNames;

export function isKnownRelation(type: string): type is KnownRelation {
  return Object.hasOwn(relationNames, type);
}

/** The relations graph's edge labels, in the user's language. */
export const relationTranslationRef = createTranslationRef({
  id: 'app.catalog-relations',
  messages: { relation: relationNames },
});

/** French messages of {@link relationTranslationRef}. */
export const relationTranslations = createTranslationResource({
  ref: relationTranslationRef,
  translations: { fr: () => import('./relationTranslationFr') },
});
