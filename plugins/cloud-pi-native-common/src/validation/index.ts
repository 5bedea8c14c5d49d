export {
  DESCRIPTION_MAX_LENGTH,
  ENVIRONMENT_NAME_MAX_LENGTH,
  PROJECT_NAME_MAX_LENGTH,
  REPOSITORY_NAME_MAX_LENGTH,
  RESERVED_REPOSITORY_NAMES,
  clusterLabelSchema,
  descriptionSchema,
  emailSchema,
  environmentNameSchema,
  externalRepoUrlSchema,
  projectNameSchema,
  repositoryNameSchema,
  resourceAmountSchema,
  roleNameSchema,
  stageNameSchema,
  tokenNameSchema,
  zoneSlugSchema,
} from './rules';
export {
  PRIVATE_REPOSITORY_CREDENTIALS_MESSAGE,
  createEnvironmentInputSchema,
  createProjectInputSchema,
  createRepositoryInputSchema,
  formatValidationError,
  syncRepositoryInputSchema,
  updateEnvironmentInputSchema,
} from './inputs';
export type {
  CreateEnvironmentInput,
  CreateProjectInput,
  CreateRepositoryInput,
  SyncRepositoryInput,
  UpdateEnvironmentInput,
} from './inputs';
export {
  DEPLOYMENT_MESSAGES,
  DEPLOYMENT_NAME_MAX_LENGTH,
  createDeploymentInputSchema,
  createDeploymentSourceInputSchema,
  deploymentNameSchema,
  deploymentSourceTypeSchema,
  singleExternalValueSource,
  updateDeploymentInputSchema,
  updateDeploymentSourceInputSchema,
} from './deployments';
export type {
  CreateDeploymentInput,
  DeploymentSourceType,
  UpdateDeploymentInput,
} from './deployments';
export {
  clusterCapacityProblem,
  exceededResources,
  projectBudgetProblem,
  sumResources,
} from './resourceBudget';
export type {
  AllocatedEnvironment,
  EnvironmentResources,
  ProjectBudget,
} from './resourceBudget';

// Portal-side bounds, on top of the console's rules (see bounds.ts).
export {
  DEPLOY_PATH_MAX_LENGTH,
  DEPLOY_REVISION_MAX_LENGTH,
  EMAIL_LOCAL_PART_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  EXTERNAL_TOKEN_MAX_LENGTH,
  EXTERNAL_USER_NAME_MAX_LENGTH,
  INSTANCE_NAME_MAX_LENGTH,
  MEMBER_ROLES_MAX,
  PROJECT_SLUG_MAX_LENGTH,
  RESOURCE_MAXIMA,
  URL_MAX_LENGTH,
  booleanFieldSchema,
  boundedEmailSchema,
  boundedExternalRepoUrlSchema,
  boundedResourceAmountSchema,
  clusterRefSchema,
  deployPathSchema,
  deployRevisionSchema,
  externalTokenSchema,
  externalUserNameSchema,
  hasControlCharacter,
  helmValuesFilesSchema,
  instanceNameSchema,
  memberRolesSchema,
  projectRefSchema,
  repositoryRefSchema,
  roleRefSchema,
  stageRefSchema,
} from './bounds';
export type { ResourceKind } from './bounds';
export {
  GIT_BRANCH_NAME_MAX_BYTES,
  gitBranchNameProblem,
  gitBranchNameSchema,
  utf8Length,
} from './gitRefName';
export {
  VAULT_KEYS_MAX,
  VAULT_KEY_MAX_LENGTH,
  VAULT_SECRET_MAX_BYTES,
  VAULT_SECRET_PATH_MAX_LENGTH,
  vaultKeySchema,
  vaultSecretDataProblem,
  vaultSecretPathProblem,
  vaultSecretPathSchema,
} from './vaultPaths';
export {
  CI_VARIABLES_MAX,
  CI_VARIABLE_KEY_MAX_LENGTH,
  CI_VARIABLE_SCOPE_MAX_LENGTH,
  CI_VARIABLE_VALUE_MAX_BYTES,
  COMMIT_MESSAGE_MAX_BYTES,
  GITLAB_PUSH_LIMITS,
  ciVariableKeySchema,
  ciVariableScopeSchema,
  ciVariableValueSchema,
  commitMessageSchema,
  pushFilesProblem,
} from './gitlabLimits';
export {
  createEnvironmentRequestSchema,
  createProjectRequestSchema,
  createRepositoryRequestSchema,
  syncRepositoryRequestSchema,
  updateEnvironmentRequestSchema,
  validationMessages,
} from './requests';
