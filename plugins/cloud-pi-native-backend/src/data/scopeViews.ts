import { NotFoundError } from '@backstage/errors';
import {
  DeploymentsResponse,
  EnvironmentsResponse,
  ObservabilityResponse,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiTarget } from '../entities/parseCloudPiTarget';
import { publicSummary } from './argoApplications';
import { DeploymentsView } from './deploymentsView';

/**
 * Views are cached per project; these functions cut them down to what one
 * entity is about (its environment, its repository).
 */

export function requireFound<T>(
  items: T[],
  what: 'environment' | 'repository',
  name: string | undefined,
  target: CloudPiTarget,
): T[] {
  if (name !== undefined && items.length === 0) {
    throw new NotFoundError(
      `The ${what} '${name}' of entity ${target.entityRef} does not exist in project '${target.projectSlug}'`,
    );
  }
  return items;
}

/** An environment entity only sees its environment. */
export function scopeEnvironments(
  view: EnvironmentsResponse,
  target: CloudPiTarget,
): EnvironmentsResponse {
  const name = target.environmentName;
  if (name === undefined) return view;
  return {
    ...view,
    environments: requireFound(
      view.environments.filter(e => e.name === name),
      'environment',
      name,
      target,
    ),
  };
}

/**
 * A repository entity only sees its own rows of a per-repository view (the
 * quality gate, the builds).
 */
export function scopeRepositories<
  T extends { repositories: Array<{ repositoryName: string }> },
>(view: T, target: CloudPiTarget): T {
  const name = target.repositoryName;
  if (name === undefined) return view;
  return {
    ...view,
    repositories: requireFound(
      view.repositories.filter(r => r.repositoryName === name),
      'repository',
      name,
      target,
    ),
  };
}

/**
 * An environment entity only sees its environment, a repository entity
 * only the applications deploying it (its own, or those managing its
 * workloads). What the backend keeps for itself is dropped from the
 * response.
 */
export function scopeDeployments(
  view: DeploymentsView,
  target: CloudPiTarget,
): DeploymentsResponse {
  const { environmentName, repositoryName } = target;
  const environments = requireFound(
    view.environments.filter(
      e => environmentName === undefined || e.name === environmentName,
    ),
    'environment',
    environmentName,
    target,
  );
  return {
    generatedAt: view.generatedAt,
    environments: environments.map(environment => ({
      ...environment,
      applications: environment.applications
        .filter(
          app =>
            repositoryName === undefined ||
            app.deploys.includes(repositoryName),
        )
        .map(publicSummary),
    })),
  };
}

/** An environment entity only sees its environment. */
export function scopeObservability(
  view: ObservabilityResponse,
  target: CloudPiTarget,
): ObservabilityResponse {
  const name = target.environmentName;
  if (name === undefined) return view;
  return {
    ...view,
    environments: requireFound(
      view.environments.filter(e => e.name === name),
      'environment',
      name,
      target,
    ),
  };
}
