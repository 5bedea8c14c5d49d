import type { Entity } from '@backstage/catalog-model';
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '@cpin/plugin-cloud-pi-native-common';

const project = {
  [A.instance]: 'default',
  [A.projectSlug]: 'demo',
  [A.projectId]: '0b7e1c5a-3f0e-4a8e-9a3e-5f2a4c1b9d10',
};

/** A Cloud π project. */
export const systemEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'demo', namespace: 'cloud-pi', annotations: project },
  spec: { owner: 'group:demo' },
};

/** A Cloud π repository. */
export const componentEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'demo-api',
    namespace: 'cloud-pi',
    annotations: { ...project, [A.repositoryName]: 'api' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:demo' },
};

/** A Cloud π environment. */
export const resourceEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'demo-dev',
    namespace: 'cloud-pi',
    annotations: { ...project, [A.environmentName]: 'dev' },
  },
  spec: { type: 'environment', owner: 'group:demo' },
};

/** An entity outside Cloud π. */
export const plainEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'elsewhere' },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:other' },
};
