import {
  type CompoundEntityRef,
  type Entity,
  RELATION_OWNED_BY,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  getEntityRelations,
} from '@backstage/plugin-catalog-react';
import { CLOUD_PI_NATIVE_ANNOTATIONS } from '@cpin/plugin-cloud-pi-native-common';
import useAsync from 'react-use/esm/useAsync';

/** Whom to ask for access to a project. */
export interface ProjectContact {
  /** The project's team Group, owner of every entity of the project. */
  team?: CompoundEntityRef;
  /** The project owner, when the catalog lets the user read their User entity. */
  owner?: { ref: CompoundEntityRef; name: string; email?: string };
}

function ownerTeam(entity: Entity): CompoundEntityRef | undefined {
  const [related] = getEntityRelations(entity, RELATION_OWNED_BY);
  if (related) return related;
  const owner = entity.spec?.owner;
  return typeof owner === 'string'
    ? parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace,
      })
    : undefined;
}

/**
 * Finds the project owner from catalog data the user can already read, as
 * the user: the entity's owning team Group names the owner's User entity
 * (written by the Cloud π catalog provider). Whatever the catalog refuses or
 * lacks is left out, and the team alone is named.
 */
export function useProjectOwner(entity: Entity): ProjectContact | undefined {
  const catalogApi = useApi(catalogApiRef);
  const team = ownerTeam(entity);
  const { value } = useAsync(async (): Promise<ProjectContact> => {
    if (!team) return {};
    try {
      const group = await catalogApi.getEntityByRef(team);
      const ownerRef =
        group?.metadata.annotations?.[CLOUD_PI_NATIVE_ANNOTATIONS.projectOwner];
      const user = ownerRef
        ? await catalogApi.getEntityByRef(ownerRef)
        : undefined;
      if (!user) return { team };
      const profile = (user.spec?.profile ?? {}) as {
        displayName?: string;
        email?: string;
      };
      return {
        team,
        owner: {
          ref: getCompoundEntityRef(user),
          name:
            profile.displayName ?? user.metadata.title ?? user.metadata.name,
          ...(profile.email ? { email: profile.email } : {}),
        },
      };
    } catch {
      // A contact is a courtesy: the panel still says why, without a name.
      return { team };
    }
  }, [catalogApi, team?.kind, team?.namespace, team?.name]);
  return value;
}
