import {
  Cluster,
  Deployment,
  Environment,
  Project,
  ProjectService,
  Repository,
  Stage,
  Zone,
} from '@cpin/plugin-cloud-pi-native-common';
import { CloudPiUrls } from '@cpin/plugin-cloud-pi-native-node';

/** What every transformer needs to know about the run. @public */
export interface CloudPiTransformContext {
  /** Name of the console instance (the `instance` annotation). */
  instance: string;
  /** Namespace of every emitted entity. */
  namespace: string;
  /** Console origin, for the managed-by-location annotations and links. */
  consoleUrl: string;
  /** GitLab `PROJECTS_ROOT_DIR` of the instance. */
  projectsRootDir: string;
  /** Deep links computed from the instance configuration. */
  urls: CloudPiUrls;
  /** `GET /api/v1/version`, to flag projects provisioned by an older console. */
  consoleVersion: string;
  /** Full entity reference of the owner of clusters and zones. */
  platformOwner: string;
  /** Whether project roles become Groups. */
  roleGroups: boolean;
}

/** The platform-wide lists of one run, by id. @public */
export interface CloudPiTopology {
  stages: ReadonlyMap<string, Stage>;
  zones: ReadonlyMap<string, Zone>;
  clusters: ReadonlyMap<string, Cluster>;
}

/** Everything read about one project. @public */
export interface CloudPiProjectData {
  project: Project;
  environments: Environment[];
  repositories: Repository[];
  services: ProjectService[];
  /** The project's console Deployments (none when it deploys its infra repositories). */
  deployments?: Deployment[];
}

/** Team members resolved to User entities. @public */
export interface CloudPiProjectTeam {
  /** Owner and members, deduplicated and sorted. */
  memberRefs: string[];
  /** The User entity of the project owner, when a human with one. */
  ownerRef?: string;
  /** Members of each role, by role id. */
  roleMemberRefs: ReadonlyMap<string, string[]>;
  /** E-mails of humans with no (or no unique) User entity, sorted. */
  unresolvedEmails: string[];
}

/** Finds the User entity of an e-mail; `undefined` when none or several match. @public */
export type CloudPiUserLookup = (email: string) => string | undefined;
