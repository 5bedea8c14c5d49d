import { createTranslationMessages } from '@backstage/frontend-plugin-api';
import { kubernetesTranslationRef } from '@backstage/plugin-kubernetes';

/** `@backstage/plugin-kubernetes`: the Kubernetes entity tab. */
const messages = createTranslationMessages({
  ref: kubernetesTranslationRef,
  full: true,
  messages: {
    'kubernetesContentPage.permissionAlert.title': 'Autorisation requise',
    'kubernetesContentPage.permissionAlert.message':
      'Pour voir les objets Kubernetes, demandez à l’administrateur du portail les autorisations « kubernetes.clusters.read » et « kubernetes.resources.read ».',
    'kubernetesContentPage.title': 'Vos clusters',
    'kubernetesContentPage.emptyState.title': 'Aucune ressource Kubernetes',
    'kubernetesContentPage.emptyState.description':
      'Aucune ressource de {{entityName}} sur les clusters connus',
    'entityContent.title': 'Kubernetes',
  },
});

export default messages;
