import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { navTranslationRef } from './navTranslation';

const fr = createTranslationMessages({
  ref: navTranslationRef,
  full: true,
  messages: {
    search: 'Rechercher',
    menu: 'Menu',
    settings: 'Paramètres',
    'pages.home': 'Accueil',
    'pages.catalog': 'Catalogue',
    'pages.scaffolder': 'Créer',
    'pages.api-docs': 'API',
    'pages.techdocs': 'Documentation',
    'pages.user-settings': 'Paramètres',
    'pages.app-visualizer': 'Visualiseur',
    'pages.catalog-import': 'Inscrire',
    'pages.catalog-graph': 'Graphe',
    'pages.notifications': 'Notifications',
    'pages.search': 'Rechercher',
    'pages.org': 'Organisation',
    'pages.kubernetes': 'Kubernetes',
  },
});

export default fr;
