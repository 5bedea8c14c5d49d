export {
  clusterSchema,
  clusterUsageSchema,
  environmentSchema,
  healthzSchema,
  logPageSchema,
  logSchema,
  memberSchema,
  projectSchema,
  projectSecretsSchema,
  projectServiceSchema,
  projectStatusSchema,
  repositorySchema,
  roleSchema,
  serviceHealthSchema,
  stageSchema,
  tokenSchema,
  userSchema,
  versionSchema,
  zoneSchema,
} from './resources';
export type {
  Cluster,
  ClusterUsage,
  Environment,
  Healthz,
  Log,
  LogPage,
  Member,
  Project,
  ProjectSecrets,
  ProjectService,
  ProjectStatus,
  Repository,
  Role,
  ServiceHealth,
  Stage,
  Token,
  User,
  Version,
  Zone,
} from './resources';
export {
  deploymentSchema,
  deploymentSourceSchema,
  deploymentValueSourceSchema,
} from './deployments';
export type {
  Deployment,
  DeploymentSource,
  DeploymentValueSource,
} from './deployments';
export {
  CONSOLE_LOG_ACTIONS,
  CONSOLE_LOG_SUCCESS_SUMMARY,
  consoleLogActionKey,
} from './logActions';
export type { ConsoleLogActionKey } from './logActions';
