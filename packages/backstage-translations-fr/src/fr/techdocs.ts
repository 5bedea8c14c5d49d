import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { techdocsTranslationRef } from '@backstage/plugin-techdocs/alpha';

/** `@backstage/plugin-techdocs`: the documentation pages. */
const messages = createTranslationMessages({
  ref: techdocsTranslationRef,
  full: true,
  messages: {
    'aboutCard.viewTechdocs': 'Voir la documentation',
    'notFound.title': 'Documentation introuvable',
    'notFound.builderNote':
      'techdocs.builder ne vaut pas « local » dans votre configuration : cette application Backstage ne génère donc pas la documentation manquante. Vérifiez qu’un processus externe (par exemple une chaîne CI/CD) génère et publie la documentation du projet, ou passez techdocs.builder à « local » pour la générer depuis cette instance de Backstage.',
    'buildLogs.title': 'Détails de la génération',
    'buildLogs.closeDrawer': 'Fermer le panneau',
    'buildLogs.showBuildLogs': 'Voir les journaux de génération',
    'buildLogs.waitingForLogs': 'En attente des journaux…',
    'stateIndicator.initialBuild.message':
      'Première consultation de cette documentation : elle est en cours de préparation. Les chargements suivants seront bien plus rapides.',
    'stateIndicator.contentStaleRefreshing.message':
      'Une version plus récente de cette documentation est en préparation et sera bientôt disponible.',
    'stateIndicator.contentStaleReady.message':
      'Une version plus récente de cette documentation est disponible : actualisez la page pour la voir.',
    'stateIndicator.contentStaleReady.refreshButton': 'Actualiser',
    'stateIndicator.contentStaleError.message':
      'La génération d’une version plus récente de cette documentation a échoué.',
    'redirectNotification.redirectNow': 'Rediriger maintenant',
    'search.noResults': 'Aucun résultat',
    'search.placeholder': 'Rechercher dans la documentation de {{entityTitle}}',
    'readerPageHeader.owner': 'Propriétaire',
    'readerPageHeader.lifecycle': 'Cycle de vie',
    'readerPageHeader.source': 'Source',
    'home.supportButton': 'Découvrez la documentation de votre écosystème.',
    'pageWrapper.title': 'Documentation',
    'pageWrapper.subtitle': 'Documentation disponible dans {{orgName}}',
    'table.columns.document': 'Document',
    'table.columns.owner': 'Propriétaire',
    'table.columns.kind': 'Type d’entité',
    'table.columns.type': 'Type',
    'table.header.actions': 'Actions',
    'table.toolbar.searchPlaceholder': 'Filtrer',
    'table.pagination.labelRowsSelect': 'lignes',
    'table.body.emptyDataSourceMessage': 'Aucune donnée à afficher',
    'table.actions.copyDocsUrl':
      'Cliquer pour copier le lien de la documentation',
    'table.actions.addToFavorites': 'Ajouter aux favoris',
    'table.actions.removeFromFavorites': 'Retirer des favoris',
    'table.emptyState.title': 'Aucun document à afficher',
    'table.emptyState.description':
      'Créez votre propre document. Consultez notre guide de démarrage.',
    'table.emptyState.docsButton': 'DOCUMENTATION',
    'table.title.all': 'Tous',
    'error.couldNotLoad': 'Impossible de charger la documentation disponible.',
    'nav.title': 'Documentation',
    'entityContent.title': 'Documentation',
    'reader.settings': 'Paramètres',
  },
});

export default messages;
