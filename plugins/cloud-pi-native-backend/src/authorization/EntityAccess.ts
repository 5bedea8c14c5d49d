import {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
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
import { AccessDecision, AccessMemo } from './AccessMemo';
import { EntityMemo } from './EntityMemo';
import { CallerResolver, CloudPiCaller } from './CallerResolver';
import { CARD_READ_PERMISSIONS } from './cardPermissions';
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
  /**
   * A sensitive operation: the entity and the permissions are decided
   * afresh (never from the memo) and the project is read from the console
   * instead of the cache.
   */
  freshProject?: boolean;
}

/** What {@link EntityAccess.grant} checks on a decision. */
export type GrantOptions = Omit<
  AuthorizeEntityOptions,
  'entityRef' | 'credentials'
>;

const RULE_TEXT: Record<CloudPiAccessRule, string> = {
  'any-signed-in': 'be signed in',
  member: 'be a member of the project (or a platform administrator)',
  'list-environments': 'be allowed to list its environments',
  'list-repositories': 'be allowed to list its repositories',
  'list-members': 'be allowed to list its members',
  'list-roles': 'be allowed to list its roles',
  'list-deployments': 'be allowed to list its deployments',
  'manage-environments':
    'manage its environments (the DevOps role, or the owner)',
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
  builds: 'read the builds of',
  images: 'read the images of',
  journey: 'read the onboarding journey of',
  reprovision: 'reprovision',
  secrets: 'read the secrets of',
  'argocd-refresh': 'refresh the Argo CD applications of',
  'argocd-sync': 'sync the Argo CD applications of',
  'argocd-rollback': 'roll back the Argo CD applications of',
};

const CARD_READ_NAMES = new Set(CARD_READ_PERMISSIONS.map(p => p.name));

/**
 * The single gate of every entity-scoped read and action:
 *
 * 1. the entity is read from the catalog as the plugin while the caller's
 *    `catalog.entity.read` and the request's Backstage permissions are
 *    evaluated on it in one permission call (404, as for a missing entity,
 *    if they may not read it), and the caller is mapped to their console
 *    identity;
 * 2. its Cloud π coordinates are validated, and the instance must be
 *    configured: no upstream call happens before this point;
 * 3. the Backstage permission of the request must be allowed;
 * 4. the Cloud π rule of the scope is evaluated on the caller's console
 *    permissions in the project.
 *
 * Steps 3 and 4 run on every request, cached data or not. Step 1 is
 * decided once for every card read (all their permissions in one call) and
 * kept a few seconds per user and entity ({@link AccessMemo}), so that the
 * cards of a page view cost one permission call. The entity read is kept a
 * few seconds for every user ({@link EntityMemo}): the permission call on
 * it still runs for each of them.
 */
export class EntityAccess {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #permissions: PermissionsService;
  readonly #cloudPi: CloudPiService;
  readonly #sources: ProjectSources;
  readonly #callers: CallerResolver;
  readonly #config: CardsConfig;
  readonly #memo: AccessMemo;
  readonly #entities: EntityMemo;

  constructor(options: {
    catalog: CatalogService;
    auth: AuthService;
    permissions: PermissionsService;
    cloudPi: CloudPiService;
    sources: ProjectSources;
    callers: CallerResolver;
    config: CardsConfig;
    memo?: AccessMemo;
    entities?: EntityMemo;
  }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#permissions = options.permissions;
    this.#cloudPi = options.cloudPi;
    this.#sources = options.sources;
    this.#callers = options.callers;
    this.#config = options.config;
    this.#memo =
      options.memo ??
      new AccessMemo({ ttlMs: options.config.cache.authorizationTtlMs });
    this.#entities =
      options.entities ??
      new EntityMemo({ ttlMs: options.config.cache.entityTtlMs });
  }

  /** Decides and grants one request (see the class documentation). */
  async authorize(options: AuthorizeEntityOptions): Promise<AuthorizedEntity> {
    const { entityRef, credentials, ...grant } = options;
    const needed = [grant.permission, ...(grant.also ?? [])];
    const decision =
      options.freshProject || !needed.every(p => CARD_READ_NAMES.has(p.name))
        ? await this.#decide(entityRef, credentials, needed, { fresh: true })
        : await this.decideReads(entityRef, credentials);
    return this.grant(decision, grant);
  }

  /**
   * Step 1 for card reads: every card permission at once, from the memo of
   * this user and entity when it is recent.
   */
  decideReads(
    entityRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<AccessDecision> {
    return this.#memo.get(credentials.principal.userEntityRef, entityRef, () =>
      this.#decide(entityRef, credentials, CARD_READ_PERMISSIONS, {
        fresh: false,
      }),
    );
  }

  /** Steps 2 to 4 on a decision: the request's own permission and Cloud π rule. */
  async grant(
    decision: AccessDecision,
    options: GrantOptions,
  ): Promise<AuthorizedEntity> {
    const { scope, permission, also = [] } = options;
    const { target, caller, results } = decision;
    const instance = this.instance(target.instance);
    const allows = (p: CloudPiNativePermission) =>
      results.get(p.name) === AuthorizeResult.ALLOW;
    if (!allows(permission)) {
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
      allowed: new Set(also.filter(allows).map(p => p.name)),
    };
  }

  /** Forgets the decisions taken on a project's entities (the project changed). */
  forgetProject(instance: string, projectSlug: string): void {
    this.#memo.forgetProject(instance, projectSlug);
    this.#entities.clear();
  }

  /**
   * Reads the entity as the plugin while the caller's `catalog.entity.read`
   * and `permissions` are evaluated on it, in one permission call (reading
   * as the caller would cost the catalog's own call too), and maps the
   * caller, all at once.
   */
  async #decide(
    entityRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    permissions: readonly CloudPiNativePermission[],
    options: { fresh: boolean },
  ): Promise<AccessDecision> {
    const read = async () =>
      this.#catalog.getEntityByRef(entityRef, {
        credentials: await this.#auth.getOwnServiceCredentials(),
      });
    // On a resource ref, the permission framework has the catalog apply a
    // conditional decision to the entity, as a read as the caller would.
    const asked = [catalogEntityReadPermission, ...permissions];
    const [entity, decisions, caller] = await Promise.all([
      // Operations and sensitive reads see the entity as it is now.
      options.fresh ? read() : this.#entities.get(entityRef, read),
      this.#permissions.authorize(
        asked.map(permission => ({ permission, resourceRef: entityRef })),
        { credentials },
      ),
      this.#callers.resolve(credentials),
    ]);
    // Whoever may not read the entity must not learn that it exists.
    if (!entity || decisions[0].result !== AuthorizeResult.ALLOW) {
      throw new NotFoundError(`Entity ${entityRef} not found`);
    }
    return {
      target: parseCloudPiTarget(entity),
      caller,
      results: new Map(
        permissions.map((p, i) => [p.name, decisions[i + 1].result] as const),
      ),
    };
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
