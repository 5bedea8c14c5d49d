import { LoggerService } from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  EVERYONE_ADMIN_PERMS,
  PermissionContext,
  Project,
  ProjectPermName,
  projectPermNames,
  resolveProjectPerms,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiConsoleClient } from '@cpin/plugin-cloud-pi-native-node';
import { CloudPiCaller } from './credentials';

/** A project permission an action needs, with the words to explain a refusal. */
export interface ProjectPermissionCheck {
  /** The console's predicate (`ProjectAuthorized.*`). */
  predicate: (context: PermissionContext) => boolean;
  /** The permission bit, named in the refusal message. */
  permission: ProjectPermName;
  /** What the user tried, e.g. "create environments". */
  action: string;
}

/**
 * A project as the requesting user sees it, with their effective permissions
 * computed the way the console computes them. Actions check it before any
 * mutating call so that a refusal costs no side effect; the console still
 * enforces every rule itself.
 */
export class ProjectAccess {
  /**
   * Reads the project as the caller. The console only shows a project to its
   * owner, its members and platform administrators, and answers 404 for
   * archived projects.
   */
  static async load(
    client: CloudPiConsoleClient,
    projectRef: string,
    caller: CloudPiCaller,
    logger: LoggerService,
  ): Promise<ProjectAccess> {
    let project: Project;
    try {
      project = await client.projects.get(projectRef);
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw new NotFoundError(
          `Cloud π project "${projectRef}" does not exist or is archived (${error.message})`,
        );
      }
      if (error instanceof NotAllowedError) {
        throw new NotAllowedError(
          `You are not a member of the Cloud π project "${projectRef}" (${error.message}). Ask its owner to add you to the team.`,
        );
      }
      throw error;
    }
    return new ProjectAccess(client, project, caller, logger);
  }

  private platformManager?: Promise<boolean>;

  private constructor(
    private readonly client: CloudPiConsoleClient,
    readonly project: Project,
    private readonly caller: CloudPiCaller,
    private readonly logger: LoggerService,
  ) {}

  /** The caller's console user id, when it can be told. */
  get callerId(): string | undefined {
    const { project, caller } = this;
    if (caller.userId) return caller.userId;
    const email = caller.email?.toLowerCase();
    if (!email) return undefined;
    if (project.owner.email.toLowerCase() === email) return project.ownerId;
    return project.members.find(m => m.email.toLowerCase() === email)?.userId;
  }

  /** Refuses changes to a locked or archived project, as the console does. */
  assertWritable(): void {
    const { project } = this;
    if (project.status === 'archived') {
      throw new NotAllowedError(
        `The Cloud π project "${project.slug}" is archived (Le projet est archivé): it cannot be changed.`,
      );
    }
    if (project.locked) {
      throw new NotAllowedError(
        `The Cloud π project "${project.slug}" is locked (Le projet est verrouillé): no change is possible until a platform administrator unlocks it.`,
      );
    }
  }

  /** Whether the caller has a permission (checked without any mutation). */
  async allows(check: ProjectPermissionCheck): Promise<boolean> {
    return (await this.evaluate(check)) !== false;
  }

  /** Throws a `NotAllowedError` explaining what is missing unless the caller has the permission. */
  async require(check: ProjectPermissionCheck): Promise<void> {
    const verdict = await this.evaluate(check);
    if (verdict !== false) return;
    const perms = resolveProjectPerms(this.project, this.callerId!);
    const held = projectPermNames(perms);
    throw new NotAllowedError(
      `You are not allowed to ${check.action} in the Cloud π project "${
        this.project.slug
      }": this needs the ${check.permission} permission (yours: ${
        held.length > 0 ? held.join(', ') : 'none'
      }). Ask the project owner or an administrator of the project.`,
    );
  }

  /**
   * `true` when allowed, `false` when refused, `undefined` when the caller
   * could not be told apart from the other members (a personal access token
   * without a matching e-mail): the console then decides.
   */
  private async evaluate(
    check: ProjectPermissionCheck,
  ): Promise<boolean | undefined> {
    const userId = this.callerId;
    if (userId) {
      const context: PermissionContext = {
        adminPermissions: EVERYONE_ADMIN_PERMS,
        projectPermissions: resolveProjectPerms(this.project, userId),
      };
      if (check.predicate(context)) return true;
    }
    // Platform administrators (admin MANAGE bit) may do anything.
    if (await this.isPlatformManager()) return true;
    if (userId) return false;
    this.logger.warn(
      `Could not tell which member of "${this.project.slug}" the personal access token belongs to; the console will check the ${check.permission} permission itself`,
    );
    return undefined;
  }

  /** Only callers with the admin MANAGE bit may list every project. */
  private isPlatformManager(): Promise<boolean> {
    this.platformManager ??= this.client.projects
      .list({ filter: 'all', id: this.project.id })
      .then(
        () => true,
        error => {
          if (error instanceof NotAllowedError) return false;
          throw error;
        },
      );
    return this.platformManager;
  }
}

/**
 * The project of a dry run: the access as for a real run, or `undefined`
 * when the project does not exist yet, since an earlier step of the same
 * template (cpin:project:create) would create it.
 */
export async function loadProjectForDryRun(
  client: CloudPiConsoleClient,
  projectRef: string,
  caller: CloudPiCaller,
  logger: LoggerService,
): Promise<ProjectAccess | undefined> {
  try {
    return await ProjectAccess.load(client, projectRef, caller, logger);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    logger.warn(
      `Dry run: the Cloud π project "${projectRef}" does not exist yet (an earlier step may create it); only the inputs were checked`,
    );
    return undefined;
  }
}
