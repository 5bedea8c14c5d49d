import {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CloudPiNativePermission,
  PermissionContext,
  Project,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiInstance,
  CloudPiService,
} from '@cpin/plugin-cloud-pi-native-node';
import { CardsConfig } from '../config/readCardsConfig';
import { ProjectSources } from '../data/ProjectSources';
import {
  CloudPiTarget,
  parseCloudPiTarget,
} from '../entities/parseCloudPiTarget';
import {
  CloudPiAccessRule,
  CloudPiAccessScope,
  passesAccessRule,
} from './accessRules';
import { CallerResolver, CloudPiCaller } from './CallerResolver';
import { permissionContext } from './permissionContext';

/** A user's request on a Cloud π entity, once every check passed. */
export interface AuthorizedEntity {
  target: CloudPiTarget;
  instance: CloudPiInstance;
  project: Project;
  caller: CloudPiCaller;
  /** The caller's console permissions on the project. */
  context: PermissionContext;
  /** Names of the `also` permissions the policy allowed. */
  allowed: ReadonlySet<string>;
}

/** What {@link EntityAccess.authorize} checks. */
export interface AuthorizeEntityOptions {
  entityRef: string;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  scope: CloudPiAccessScope;
  permission: CloudPiNativePermission;
  /** More permissions to evaluate in the same call, e.g. to show a button. */
  also?: CloudPiNativePermission[];
  /** Read the project from the console instead of the cache (sensitive operations). */
  freshProject?: boolean;
}

const RULE_TEXT: Record<CloudPiAccessRule, string> = {
  'any-signed-in': 'be signed in',
  member: 'be a member of the project (or a platform administrator)',
  'list-environments': 'be allowed to list its environments',
  'list-repositories': 'be allowed to list its repositories',
  'list-members': 'be allowed to list its members',
  'list-roles': 'be allowed to list its roles',
  'list-deployments': 'be allowed to list its deployments',
  'replay-hooks': 'have the "Reprovisionner" (REPLAY_HOOKS) permission',
  'see-secrets': 'have the SEE_SECRETS permission',
  manage: 'manage the project',
  'platform-admin': 'be a platform administrator',
};

const SCOPE_TEXT: Record<CloudPiAccessScope, string> = {
  overview: 'read the overview of',
  environments: 'read the environments of',
  'quality-gate': 'read the quality gates of',
  deployments: 'read the deployments of',
  observability: 'read the observability links of',
  reprovision: 'reprovision',
  secrets: 'read the secrets of',
};

/**
 * The single gate of every entity-scoped read and action:
 *
 * 1. the entity is read from the catalog **as the caller** (404 if they
 *    cannot see it);
 * 2. its Cloud π coordinates are validated, and the instance must be
 *    configured: no upstream call happens before this point;
 * 3. the Backstage permission is evaluated against the entity;
 * 4. the Cloud π rule of the scope is evaluated on the caller's console
 *    permissions in the project.
 *
 * It runs on every request, cached data or not.
 */
export class EntityAccess {
  readonly #catalog: CatalogService;
  readonly #permissions: PermissionsService;
  readonly #cloudPi: CloudPiService;
  readonly #sources: ProjectSources;
  readonly #callers: CallerResolver;
  readonly #config: CardsConfig;
  readonly #entityLookups = new Map<string, Promise<Entity | undefined>>();

  constructor(options: {
    catalog: CatalogService;
    permissions: PermissionsService;
    cloudPi: CloudPiService;
    sources: ProjectSources;
    callers: CallerResolver;
    config: CardsConfig;
  }) {
    this.#catalog = options.catalog;
    this.#permissions = options.permissions;
    this.#cloudPi = options.cloudPi;
    this.#sources = options.sources;
    this.#callers = options.callers;
    this.#config = options.config;
  }

  async authorize(options: AuthorizeEntityOptions): Promise<AuthorizedEntity> {
    const { entityRef, credentials, scope, permission, also = [] } = options;

    const entity = await this.#readEntity(entityRef, credentials);
    if (!entity) {
      throw new NotFoundError(`Entity ${entityRef} not found`);
    }
    const target = parseCloudPiTarget(entity);
    const instance = this.instance(target.instance);

    const [decisions, caller] = await Promise.all([
      this.#permissions.authorize(
        [permission, ...also].map(p => ({
          permission: p,
          resourceRef: target.entityRef,
        })),
        { credentials },
      ),
      this.#callers.resolve(credentials),
    ]);
    if (decisions[0].result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `The permission ${permission.name} is not granted on ${target.entityRef}`,
      );
    }

    const project = await this.#sources.project(instance, target.projectSlug, {
      fresh: options.freshProject,
    });
    if (target.projectId && target.projectId !== project.id) {
      throw new NotFoundError(
        `Entity ${target.entityRef} points at project '${target.projectSlug}' with id ${target.projectId}, which no longer exists on '${instance.name}'`,
      );
    }

    const context = permissionContext(
      caller,
      project,
      this.#config.everyonePlatformPermissions,
    );
    const rule = this.#config.access[scope];
    if (!passesAccessRule(rule, context)) {
      throw new NotAllowedError(
        `To ${SCOPE_TEXT[scope]} the Cloud π Native project '${project.slug}', you need to ${RULE_TEXT[rule]}`,
      );
    }

    return {
      target,
      instance,
      project,
      caller,
      context,
      allowed: new Set(
        also
          .filter((_, i) => decisions[i + 1]?.result === AuthorizeResult.ALLOW)
          .map(p => p.name),
      ),
    };
  }

  /**
   * Reads the entity as the caller. The cards of an entity page ask for the
   * same entity at the same time: concurrent reads by one user share one
   * catalog call (nothing is kept once it answered).
   */
  #readEntity(
    entityRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<Entity | undefined> {
    const key =
      `${credentials.principal.userEntityRef}\n${entityRef}`.toLocaleLowerCase(
        'en-US',
      );
    let lookup = this.#entityLookups.get(key);
    if (!lookup) {
      lookup = this.#catalog
        .getEntityByRef(entityRef, { credentials })
        .finally(() => this.#entityLookups.delete(key));
      this.#entityLookups.set(key, lookup);
    }
    return lookup;
  }

  /** Whether the caller passes the Cloud π rule of another scope. */
  passes(authorized: AuthorizedEntity, scope: CloudPiAccessScope): boolean {
    return passesAccessRule(this.#config.access[scope], authorized.context);
  }

  /** A configured instance; 503 when none is, 404 for an unknown name. */
  instance(name: string): CloudPiInstance {
    if (this.#cloudPi.listInstances().length === 0) {
      throw new ServiceUnavailableError(
        'Cloud π Native is not configured on this Backstage (no cloudPiNative.instances)',
      );
    }
    return this.#cloudPi.getInstance(name);
  }
}
