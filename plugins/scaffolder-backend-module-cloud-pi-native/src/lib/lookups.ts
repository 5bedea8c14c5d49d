import { InputError, NotFoundError } from '@backstage/errors';
import {
  Cluster,
  Environment,
  Repository,
  Stage,
} from '@cpin/plugin-cloud-pi-native-common';

/** A stage by id or name (names are unique, case-insensitive). */
export function findStage(stages: Stage[], ref: string): Stage {
  const wanted = ref.trim().toLowerCase();
  const stage =
    stages.find(s => s.id === ref) ??
    stages.find(s => s.name.toLowerCase() === wanted);
  if (!stage) {
    throw new InputError(
      `Type d'environnement invalide. (unknown stage "${ref}"; available: ${names(
        stages.map(s => s.name),
      )})`,
    );
  }
  return stage;
}

/** A cluster the user may see, by id or label. */
export function findCluster(clusters: Cluster[], ref: string): Cluster {
  const wanted = ref.trim().toLowerCase();
  const cluster =
    clusters.find(c => c.id === ref) ??
    clusters.find(c => c.label.toLowerCase() === wanted);
  if (!cluster) {
    throw new InputError(
      `Cluster invalide. (unknown cluster "${ref}"; available to you: ${names(
        clusters.map(c => c.label),
      )})`,
    );
  }
  return cluster;
}

/** An environment of the project by name. */
export function findEnvironment(
  environments: Environment[],
  name: string,
): Environment {
  const environment = environments.find(e => e.name === name);
  if (!environment) {
    throw new InputError(
      `Environnement introuvable : "${name}" (environments of the project: ${names(
        environments.map(e => e.name),
      )})`,
    );
  }
  return environment;
}

/** A repository of the project by internal name or id. */
export function findRepository(
  repositories: Repository[],
  ref: string,
  projectSlug: string,
): Repository {
  const repository =
    repositories.find(r => r.id === ref) ??
    repositories.find(r => r.internalRepoName === ref);
  if (!repository) {
    throw new NotFoundError(
      `Dépôt introuvable : "${ref}" in the Cloud π project "${projectSlug}" (repositories: ${names(
        repositories.map(r => r.internalRepoName),
      )})`,
    );
  }
  return repository;
}

function names(values: string[]): string {
  return values.length > 0 ? [...values].sort().join(', ') : 'none';
}
