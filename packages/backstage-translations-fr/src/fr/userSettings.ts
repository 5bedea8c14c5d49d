import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings';

/** `@backstage/plugin-user-settings`: the settings page and sign-out menu. */
const messages = createTranslationMessages({
  ref: userSettingsTranslationRef,
  full: true,
  messages: {
    'languageToggle.title': 'Langue',
    'languageToggle.description': 'Changer la langue',
    'languageToggle.select': 'Choisir la langue {{language}}',
    'themeToggle.title': 'Thème',
    'themeToggle.description': 'Changer de thème',
    'themeToggle.select': 'Choisir le thème {{theme}}',
    'themeToggle.selectAuto': 'Choisir le thème automatique',
    'themeToggle.names.light': 'Clair',
    'themeToggle.names.dark': 'Sombre',
    'themeToggle.names.auto': 'Automatique',
    'signOutMenu.title': 'Se déconnecter',
    'signOutMenu.moreIconTitle': 'plus',
    'pinToggle.title': 'Épingler le menu latéral',
    'pinToggle.description': 'Empêcher le menu latéral de se replier',
    'pinToggle.switchTitles.unpin': 'Détacher le menu latéral',
    'pinToggle.switchTitles.pin': 'Épingler le menu latéral',
    'pinToggle.ariaLabelTitle': 'Interrupteur d’épinglage du menu latéral',
    'identityCard.title': 'Identité Backstage',
    'identityCard.noIdentityTitle': 'Aucune identité Backstage',
    'identityCard.userEntity': 'Entité utilisateur',
    'identityCard.ownershipEntities': 'Entités de propriété',
    'defaultProviderSettings.description':
      'Permet de s’authentifier auprès des API et identités de {{provider}}',
    'emptyProviders.title': 'Aucun fournisseur d’authentification',
    'emptyProviders.description':
      'Vous pouvez ajouter à Backstage des fournisseurs d’authentification, puis vous authentifier avec eux.',
    'emptyProviders.action.title':
      'Ouvrez app-config.yaml et faites les modifications surlignées ci-dessous :',
    'emptyProviders.action.readMoreButtonTitle': 'En savoir plus',
    'providerSettingsItem.title.signIn': 'Se connecter à {{title}}',
    'providerSettingsItem.title.signOut': 'Se déconnecter de {{title}}',
    'providerSettingsItem.buttonTitle.signIn': 'Se connecter',
    'providerSettingsItem.buttonTitle.signOut': 'Se déconnecter',
    'authProviders.title': 'Fournisseurs disponibles',
    'defaultSettingsPage.tabsTitle.general': 'Général',
    'defaultSettingsPage.tabsTitle.authProviders':
      'Fournisseurs d’authentification',
    'defaultSettingsPage.tabsTitle.featureFlags': 'Fonctions expérimentales',
    'featureFlags.title': 'Fonctions expérimentales',
    'featureFlags.description':
      'Rechargez la page après avoir activé ou désactivé une fonction.',
    'featureFlags.emptyFlags.title': 'Aucune fonction expérimentale',
    'featureFlags.emptyFlags.description':
      'Les fonctions expérimentales permettent aux plugins de proposer des fonctionnalités que chaque utilisateur choisit d’activer, par exemple pour des tests A/B manuels.',
    'featureFlags.emptyFlags.action.title':
      'Voici comment ajouter une fonction expérimentale (surligné ci-dessous) :',
    'featureFlags.emptyFlags.action.readMoreButtonTitle': 'En savoir plus',
    'featureFlags.filterTitle': 'Filtrer',
    'featureFlags.clearFilter': 'Effacer le filtre',
    'featureFlags.flagItem.title.disable': 'Désactiver',
    'featureFlags.flagItem.title.enable': 'Activer',
    'featureFlags.flagItem.subtitle.registeredInApplication':
      'Déclarée par l’application',
    'featureFlags.flagItem.subtitle.registeredInPlugin':
      'Déclarée par le plugin {{pluginId}}',
    'settingsLayout.title': 'Paramètres',
    sidebarTitle: 'Paramètres',
    'profileCard.title': 'Profil',
    'appearanceCard.title': 'Apparence',
  },
});

export default messages;
