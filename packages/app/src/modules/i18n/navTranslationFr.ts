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
    // "Documentation" is cut in the sidebar's width; "la doc" is usual.
    'pages.techdocs': 'Doc',
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
