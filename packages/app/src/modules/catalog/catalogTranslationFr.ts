import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { catalogPageTranslationRef } from './catalogTranslation';

const fr = createTranslationMessages({
  ref: catalogPageTranslationRef,
  full: true,
  messages: {
    'kinds.component.all': 'Tous les composants',
    'kinds.component.owned': 'Mes composants',
    'kinds.component.starred': 'Composants favoris',
    'kinds.system.all': 'Tous les systèmes',
    'kinds.system.owned': 'Mes systèmes',
    'kinds.system.starred': 'Systèmes favoris',
    'kinds.resource.all': 'Toutes les ressources',
    'kinds.resource.owned': 'Mes ressources',
    'kinds.resource.starred': 'Ressources favorites',
    'kinds.api.all': 'Toutes les API',
    'kinds.api.owned': 'Mes API',
    'kinds.api.starred': 'API favorites',
    'kinds.group.all': 'Tous les groupes',
    'kinds.group.owned': 'Mes groupes',
    'kinds.group.starred': 'Groupes favoris',
    'kinds.user.all': 'Tous les utilisateurs',
    'kinds.user.owned': 'Mes utilisateurs',
    'kinds.user.starred': 'Utilisateurs favoris',
    'kinds.domain.all': 'Tous les domaines',
    'kinds.domain.owned': 'Mes domaines',
    'kinds.domain.starred': 'Domaines favoris',
    'kinds.template.all': 'Tous les modèles',
    'kinds.template.owned': 'Mes modèles',
    'kinds.template.starred': 'Modèles favoris',
    'kinds.location.all': 'Tous les emplacements',
    'kinds.location.owned': 'Mes emplacements',
    'kinds.location.starred': 'Emplacements favoris',
    'documents.all': 'Tous les documents',
    'documents.owned': 'Mes documents',
    'documents.starred': 'Documents favoris',
    'otherKind.all': 'Toutes les entités « {{kind}} »',
    'otherKind.owned': 'Mes entités « {{kind}} »',
    'otherKind.starred': 'Entités « {{kind}} » favorites',
  },
});

export default fr;
