import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { orgTranslationRef } from '@backstage/plugin-org';

/** `@backstage/plugin-org`: group and user pages. */
const messages = createTranslationMessages({
  ref: orgTranslationRef,
  full: true,
  messages: {
    'groupProfileCard.groupNotFound': 'Groupe introuvable',
    'groupProfileCard.editIconButtonTitle': 'Modifier les métadonnées',
    'groupProfileCard.refreshIconButtonTitle':
      'Programmer l’actualisation de l’entité',
    'groupProfileCard.refreshIconButtonAriaLabel': 'Actualiser',
    'groupProfileCard.listItemTitle.entityRef': 'Référence de l’entité',
    'groupProfileCard.listItemTitle.email': 'Courriel',
    'groupProfileCard.listItemTitle.parentGroup': 'Groupe parent',
    'groupProfileCard.listItemTitle.childGroups': 'Sous-groupes',
    'membersListCard.cardLabel': 'Page de {{memberName}}',
    'membersListCard.title': 'Membres de {{groupName}}',
    'membersListCard.noMembersDescription': 'Ce groupe n’a aucun membre.',
    'membersListCard.noSearchResult':
      'Aucun membre ne correspond à « {{searchTerm}} ».',
    'membersListCard.aggregateMembersToggle.label': 'Inclure les sous-groupes',
    'ownershipCard.title': 'Propriété',
    'ownershipCard.aggregateRelationsToggle.label':
      'Inclure la propriété indirecte',
    'userProfileCard.userNotFound': 'Utilisateur introuvable',
    'userProfileCard.editIconButtonTitle': 'Modifier les métadonnées',
    'userProfileCard.listItemTitle.email': 'Courriel',
    'userProfileCard.listItemTitle.memberOf': 'Membre de',
    'userProfileCard.moreGroupButtonTitle': '…{{number}} de plus',
    'userProfileCard.allGroupDialog.title': 'Tous les groupes de {{name}} :',
    'userProfileCard.allGroupDialog.closeButtonTitle': 'Fermer',
  },
});

export default messages;
