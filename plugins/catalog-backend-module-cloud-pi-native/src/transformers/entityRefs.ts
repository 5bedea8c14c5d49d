import { stringifyEntityRef } from '@backstage/catalog-model';
import { toEntityName } from './entityNames';

/**
 * Names of the emitted entities. Every transformer goes through these, so a
 * reference always points at the name the target entity really has.
 */
export const cloudPiEntityNames = {
  /** The project System: `<slug>`. */
  system: (slug: string) => toEntityName(slug),
  /** The project team Group: `cpin-<slug>`. */
  team: (slug: string) => toEntityName(`cpin-${slug}`),
  /** A project role Group: `cpin-<slug>-<role>`. */
  role: (slug: string, roleKey: string) =>
    toEntityName(`cpin-${slug}-${roleKey}`),
  /** A repository Component: `<slug>-<repo>`. */
  component: (slug: string, repositoryName: string) =>
    toEntityName(`${slug}-${repositoryName}`),
  /** An environment Resource: `<slug>-<env>`. */
  environment: (slug: string, environmentName: string) =>
    toEntityName(`${slug}-${environmentName}`),
  /** A cluster Resource: its label, the Argo CD and Kubernetes plugin cluster name. */
  cluster: (label: string) => toEntityName(label),
  /** A zone Resource: `zone-<slug>`, like the zone's Vault mount. */
  zone: (slug: string) => toEntityName(`zone-${slug}`),
};

/** A full entity reference (`kind:namespace/name`). */
export function entityRef(kind: string, namespace: string, name: string) {
  return stringifyEntityRef({ kind, namespace, name });
}
