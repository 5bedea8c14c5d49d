import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { homeTranslationRef } from './homeTranslation';

const fr = createTranslationMessages({
  ref: homeTranslationRef,
  full: true,
  messages: {
    'welcome.title': 'Bienvenue sur le portail Cloud π Native',
    'favorites.title': 'Vos favoris',
    'welcome.projects':
      '**Vos projets** : parcourez tous les projets de la plateforme dans le [catalogue](/). La page de chaque projet montre son parcours d’embarquement, la qualité de son code, ses déploiements, ses builds, ses images et ses liens d’observabilité.',
    'welcome.create':
      '**Créer** : lancez un [modèle](/create) pour créer un projet Cloud π, ou ajouter un environnement, un dépôt, un membre ou un déploiement à l’un de vos projets.',
    'welcome.docs':
      '**Documentation** : la [documentation technique](/docs) des composants, à côté de leur code.',
  },
});

export default fr;
