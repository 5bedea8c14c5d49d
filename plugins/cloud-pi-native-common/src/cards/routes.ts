/** Plugin id of the backend serving the contract: routes live under `/api/cloud-pi-native`. @public */
export const CLOUD_PI_NATIVE_BACKEND_PLUGIN_ID = 'cloud-pi-native';

/**
 * Request header carrying the caller's platform Keycloak access token, so that
 * the backend acts towards the console as that user. Only the routes that act
 * as the user (reprovision, secrets, the projects picker) need it.
 *
 * @public
 */
export const CLOUD_PI_USER_TOKEN_HEADER = 'x-cloud-pi-user-token';

/** Route patterns of the contract, relative to the backend plugin base URL (Express syntax). @public */
export const CLOUD_PI_NATIVE_ROUTES = {
  overview: '/entities/:kind/:namespace/:name/overview',
  environments: '/entities/:kind/:namespace/:name/environments',
  qualityGate: '/entities/:kind/:namespace/:name/quality-gate',
  deployments: '/entities/:kind/:namespace/:name/deployments',
  observability: '/entities/:kind/:namespace/:name/observability',
  builds: '/entities/:kind/:namespace/:name/builds',
  images: '/entities/:kind/:namespace/:name/images',
  journey: '/entities/:kind/:namespace/:name/journey',
  cards: '/entities/:kind/:namespace/:name/cards',
  argoOperation:
    '/entities/:kind/:namespace/:name/argocd/applications/:application/:operation',
  reprovision: '/entities/:kind/:namespace/:name/reprovision',
  secrets: '/entities/:kind/:namespace/:name/secrets',
  instances: '/instances',
  projects: '/instances/:instance/projects',
  stages: '/instances/:instance/stages',
  clusters: '/instances/:instance/clusters',
} as const;

/** The entity-scoped data the cards read, one `GET` route each. @public */
export type CloudPiEntityDataKind =
  | 'overview'
  | 'environments'
  | 'quality-gate'
  | 'deployments'
  | 'observability'
  | 'builds'
  | 'images'
  | 'journey';

/** Coordinates of a catalog entity in an entity route. @public */
export interface CloudPiEntityRouteRef {
  kind: string;
  namespace: string;
  name: string;
}

function entityPrefix(entity: CloudPiEntityRouteRef): string {
  const kind = encodeURIComponent(entity.kind.toLocaleLowerCase('en-US'));
  const namespace = encodeURIComponent(entity.namespace);
  const name = encodeURIComponent(entity.name);
  return `/entities/${kind}/${namespace}/${name}`;
}

/** Path of an entity data route, e.g. `/entities/system/default/demo/quality-gate`. @public */
export function cloudPiEntityDataPath(
  entity: CloudPiEntityRouteRef,
  kind: CloudPiEntityDataKind,
): string {
  return `${entityPrefix(entity)}/${kind}`;
}

/**
 * Path of the batched cards route: several cards of one entity in one
 * request, e.g. `/entities/system/default/demo/cards?kinds=overview,deployments`.
 *
 * @public
 */
export function cloudPiEntityCardsPath(
  entity: CloudPiEntityRouteRef,
  kinds: readonly CloudPiEntityDataKind[],
): string {
  return `${entityPrefix(entity)}/cards?kinds=${kinds
    .map(encodeURIComponent)
    .join(',')}`;
}

/** Path of the reprovision route of an entity. @public */
export function cloudPiReprovisionPath(entity: CloudPiEntityRouteRef): string {
  return `${entityPrefix(entity)}/reprovision`;
}

/** Path of the secrets route of an entity (needs the user token header). @public */
export function cloudPiSecretsPath(entity: CloudPiEntityRouteRef): string {
  return `${entityPrefix(entity)}/secrets`;
}

/**
 * Path of an Argo CD operation on one of the entity's applications, e.g.
 * `/entities/system/default/demo/argocd/applications/demo-dev-1a2b-infra-3c4d/sync`.
 *
 * @public
 */
export function cloudPiArgoOperationPath(
  entity: CloudPiEntityRouteRef,
  application: string,
  operation: 'refresh' | 'sync' | 'rollback',
): string {
  return `${entityPrefix(entity)}/argocd/applications/${encodeURIComponent(
    application,
  )}/${operation}`;
}

/** Path of an instance-scoped picker route, e.g. `/instances/default/stages`. @public */
export function cloudPiInstancePath(
  instance: string,
  resource: 'projects' | 'stages' | 'clusters',
): string {
  return `/instances/${encodeURIComponent(instance)}/${resource}`;
}
