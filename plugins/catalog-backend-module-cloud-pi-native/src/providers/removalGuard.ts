import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { entityRefSet, projectIdOf } from './providerEntities';

/** Default share of a provider's entities one run may remove without proof. @public */
export const DEFAULT_MAX_REMOVED_SHARE = 0.2;

/** What the guard decided about the removals of a full mutation. */
export interface RemovalVerdict {
  allowed: boolean;
  /** Entities of the provider before the run. */
  previous: number;
  /** Entities the mutation would remove. */
  removed: number;
  /** Removed entities whose removal the console did not prove. */
  unproven: number;
  /** Projects that would disappear, and those the console proved gone. */
  goneProjects: string[];
  provenProjects: string[];
  /** Why the mutation is refused. */
  reason?: string;
}

/**
 * Decides whether a full mutation may remove what it would remove. A run
 * may remove at most `maxShare` of the provider's entities, and never every
 * project, unless a second read of the console proves the projects gone
 * (`confirmGone`: archived, or no longer selected by the filters). This
 * guards the catalog against a console that answers `200 []` or a list
 * missing most projects; `maxShare: 1` turns the guard off.
 */
export async function checkRemovals(options: {
  previous: Entity[];
  next: Entity[];
  maxShare: number;
  confirmGone: (projectIds: string[]) => Promise<Set<string>>;
  /**
   * The provider's entity and project counts, when `previous` holds only
   * the entities of the projects a targeted refresh touches.
   */
  totals?: { entities: number; projects: number };
}): Promise<RemovalVerdict> {
  const { previous, next, maxShare } = options;
  const nextRefs = entityRefSet(next);
  const removed = previous.filter(
    entity =>
      !nextRefs.has(stringifyEntityRef(entity).toLocaleLowerCase('en-US')),
  );
  const previousProjects = projectIds(previous);
  const nextProjects = projectIds(next);
  const goneProjects = [...previousProjects].filter(
    id => !nextProjects.has(id),
  );
  const totalEntities = options.totals?.entities ?? previous.length;
  const totalProjects = options.totals?.projects ?? previousProjects.size;
  const verdict = (
    provenProjects: Set<string>,
    reason?: string,
  ): RemovalVerdict => ({
    allowed: reason === undefined,
    previous: totalEntities,
    removed: removed.length,
    unproven: removed.filter(
      entity => !provenProjects.has(projectIdOf(entity) ?? ''),
    ).length,
    goneProjects,
    provenProjects: [...provenProjects],
    reason,
  });

  const excessive = (unproven: number, unprovenProjects: number) => {
    if (maxShare >= 1 || totalEntities === 0) return undefined;
    if (totalProjects > 0 && unprovenProjects === totalProjects) {
      return `it would remove every project (${totalProjects}) the provider imported`;
    }
    const share = unproven / totalEntities;
    return share > maxShare
      ? `it would remove ${unproven} of the provider's ${totalEntities} entities (${percent(
          share,
        )}), more than the ${percent(maxShare)} allowed`
      : undefined;
  };

  if (!excessive(removed.length, goneProjects.length)) {
    return verdict(new Set());
  }
  const proven = await options.confirmGone(goneProjects);
  const unproven = removed.filter(
    entity => !proven.has(projectIdOf(entity) ?? ''),
  ).length;
  return verdict(
    proven,
    excessive(unproven, goneProjects.filter(id => !proven.has(id)).length),
  );
}

function projectIds(entities: Entity[]): Set<string> {
  return new Set(
    entities.map(projectIdOf).filter((id): id is string => Boolean(id)),
  );
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
