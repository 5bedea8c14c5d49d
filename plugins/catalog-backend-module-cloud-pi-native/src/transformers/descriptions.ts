import { descriptionAnnotation } from '@cpin/plugin-cloud-pi-native-common';

/** A description the provider writes, in English and in French. */
interface Texts {
  en: string;
  fr: string;
}

/**
 * The `metadata.description` (English) and the annotation with the French
 * text of a description the provider writes, for readers of the portal in
 * French (the frontend's `CloudPiEntityForReader`).
 */
export function described(texts: Texts): {
  description: string;
  annotations: Record<string, string>;
} {
  return {
    description: texts.en,
    annotations: { [descriptionAnnotation('fr')]: texts.fr },
  };
}

export function repositoryDescription(
  name: string,
  isInfra: boolean,
  projectName: string,
): Texts {
  return {
    en: `${
      isInfra ? 'Infrastructure' : 'Application'
    } repository ${name} of the Cloud π Native project ${projectName}.`,
    fr: `Dépôt ${
      isInfra ? 'd’infrastructure' : 'applicatif'
    } ${name} du projet Cloud π Native ${projectName}.`,
  };
}

export function environmentDescription(facts: {
  name: string;
  stage: string;
  projectName: string;
  cluster: string;
  zone: string;
}): Texts {
  const { name, stage, projectName, cluster, zone } = facts;
  return {
    en: `Environment ${name} (stage ${stage}) of the Cloud π Native project ${projectName}, on cluster ${cluster} in zone ${zone}.`,
    fr: `Environnement ${name} (type ${stage}) du projet Cloud π Native ${projectName}, sur le cluster ${cluster} de la zone ${zone}.`,
  };
}

export function clusterDescription(dedicated: boolean, zone: string): Texts {
  return {
    en: `${
      dedicated ? 'Dedicated' : 'Public'
    } Kubernetes cluster of the zone ${zone}.`,
    fr: `Cluster Kubernetes ${
      dedicated ? 'dédié' : 'public'
    } de la zone ${zone}.`,
  };
}

export function teamDescription(projectName: string): Texts {
  return {
    en: `Owner and members of the Cloud π Native project ${projectName}.`,
    fr: `Propriétaire et membres du projet Cloud π Native ${projectName}.`,
  };
}
