export { CloudPiConsoleClient } from './CloudPiConsoleClient';
export type { CloudPiConsoleClientOptions } from './CloudPiConsoleClient';
export type { CloudPiCredential } from './credentials';
export type { CloudPiDeploymentsApi } from './deployments';
export type { CloudPiEnvironmentsApi } from './environments';
export type { CloudPiLogsApi, ListLogsQuery } from './logs';
export type {
  AddMemberInput,
  CloudPiMembersApi,
  MemberRolesInput,
} from './members';
export type { CloudPiPlatformApi } from './platform';
export type {
  CloudPiProjectsApi,
  ListProjectsQuery,
  UpdateProjectInput,
} from './projects';
export type {
  CloudPiRepositoriesApi,
  UpdateRepositoryInput,
} from './repositories';
export type { CloudPiRolesApi, CreateRoleInput, PatchRoleInput } from './roles';
export type { CloudPiServicesApi, ProjectServiceValues } from './services';
export type { CloudPiSystemApi } from './system';
