import type { ConsoleDeps } from './deps';
import { DeploymentService } from './DeploymentService';
import { EnvironmentService } from './EnvironmentService';
import { LogService } from './LogService';
import { MemberService } from './MemberService';
import { PlatformService } from './PlatformService';
import { ProjectService } from './ProjectService';
import { ProjectToolService } from './ProjectToolService';
import { RepositoryService } from './RepositoryService';
import { RoleService } from './RoleService';
import { TokenService } from './TokenService';
import { UserService } from './UserService';

/** Every business service of the console stand-in, over one store. */
export interface ConsoleServices {
  deps: ConsoleDeps;
  projects: ProjectService;
  environments: EnvironmentService;
  repositories: RepositoryService;
  deployments: DeploymentService;
  members: MemberService;
  roles: RoleService;
  tools: ProjectToolService;
  tokens: TokenService;
  platform: PlatformService;
  logs: LogService;
  users: UserService;
}

/** Builds the services the routes and the seed share. */
export function createConsoleServices(deps: ConsoleDeps): ConsoleServices {
  const deployments = new DeploymentService(deps);
  return {
    deps,
    projects: new ProjectService(deps),
    environments: new EnvironmentService(deps, deployments),
    repositories: new RepositoryService(deps, deployments),
    deployments,
    members: new MemberService(deps),
    roles: new RoleService(deps),
    tools: new ProjectToolService(deps),
    tokens: new TokenService(deps),
    platform: new PlatformService(deps),
    logs: new LogService(deps),
    users: new UserService(deps),
  };
}

export type {
  ConsoleDeps,
  DirectoryPerson,
  PeopleDirectory,
  ToolUrls,
} from './deps';
