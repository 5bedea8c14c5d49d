import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { sonarqubeTranslationRef } from '@backstage-community/plugin-sonarqube';

const fr = createTranslationMessages({
  ref: sonarqubeTranslationRef,
  full: true,
  messages: {
    title: 'Tableau de bord SonarQube',
    'sonarQubeCard.title': 'Qualité du code (SonarQube)',
    'sonarQubeCard.deepLinkTitle': 'Voir plus',
    'sonarQubeCard.emptyState.title': 'Aucune information à afficher',
    'sonarQubeCard.emptyState.description':
      'Aucun projet SonarQube n’a la clé « {{ projectTitle }} » : vérifiez que le projet existe et ses permissions.',
    'sonarQubeCard.unauthorizedError.title': 'Non authentifié',
    'sonarQubeCard.unauthorizedError.description':
      'Le jeton SonarQube du portail est absent ou invalide : vérifiez la configuration de SonarQube.',
    'sonarQubeCard.notFoundError.title': 'Projet SonarQube introuvable',
    'sonarQubeCard.notFoundError.description':
      'L’annotation sonarqube.org/project-key est peut-être invalide, ou le projet n’existe pas dans SonarQube.',
    'sonarQubeCard.forbiddenError.title': 'Accès refusé',
    'sonarQubeCard.forbiddenError.description':
      'Le jeton SonarQube du portail n’a pas accès à ce projet : vérifiez les permissions du projet dans SonarQube.',
    'sonarQubeCard.noSonarQubeError.hasAnnotation':
      'Aucun projet SonarQube n’a la clé « {{project}} »',
    'sonarQubeCard.noSonarQubeError.noAnnotation':
      'Aucune annotation SonarQube',
    'sonarQubeCard.bugReportRatingCardTitle': 'Bogues',
    'sonarQubeCard.vulnerabilitiesRatingCardTitle': 'Vulnérabilités',
    'sonarQubeCard.codeSmellsRatingCardTitle': 'Mauvaises pratiques',
    'sonarQubeCard.hotspotsReviewedTitle': 'Points sensibles revus',
    'sonarQubeCard.coverageRatingCardTitle': 'Couverture',
    'sonarQubeCard.duplicationsRatingCard': 'Duplications',
    'sonarQubeCard.qualityBadgeLabel.notComputed': 'Non calculée',
    'sonarQubeCard.qualityBadgeLabel.gatePassed': 'Porte de qualité réussie',
    'sonarQubeCard.qualityBadgeLabel.gateFailed': 'Porte de qualité échouée',
    'sonarQubeCard.qualityBadgeTooltip': 'Ouvrir le tableau de bord SonarQube',
    'sonarQubeTable.columnsTitle.name': 'Nom',
    'sonarQubeTable.columnsTitle.qualityGate': 'Porte de qualité',
    'sonarQubeTable.columnsTitle.lastAnalysis': 'Dernière analyse',
    'sonarQubeTable.columnsTitle.bugs': 'Bogues',
    'sonarQubeTable.columnsTitle.vulnerabilities': 'Vulnérabilités',
    'sonarQubeTable.columnsTitle.codeSmells': 'Mauvaises pratiques',
    'sonarQubeTable.columnsTitle.hotspotsReviewed': 'Points sensibles revus',
    'sonarQubeTable.columnsTitle.coverage': 'Couverture',
    'sonarQubeTable.columnsTitle.duplications': 'Duplications',
  },
});

export default fr;
