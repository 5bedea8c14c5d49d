import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { relationTranslationRef } from './relationTranslation';

// Short verbs, read along the arrow from the entity to its neighbour.
const fr = createTranslationMessages({
  ref: relationTranslationRef,
  full: true,
  messages: {
    'relation.ownedBy': 'appartient à',
    'relation.ownerOf': 'propriétaire de',
    'relation.partOf': 'fait partie de',
    'relation.hasPart': 'comprend',
    'relation.dependsOn': 'dépend de',
    'relation.dependencyOf': 'requis par',
    'relation.providesApi': "fournit l'API",
    'relation.apiProvidedBy': 'API fournie par',
    'relation.consumesApi': "consomme l'API",
    'relation.apiConsumedBy': 'API consommée par',
    'relation.parentOf': 'parent de',
    'relation.childOf': 'enfant de',
    'relation.memberOf': 'membre de',
    'relation.hasMember': 'a pour membre',
  },
});

export default fr;
