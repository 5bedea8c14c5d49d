import { ProjectAuthorized } from '@cpin/plugin-cloud-pi-native-common';
import { ProjectPermissionCheck } from './projectAccess';

/** The project permissions the actions check before any change. */
export const PERMISSIONS = {
  manageEnvironments: {
    predicate: ProjectAuthorized.ManageEnvironments,
    permission: 'MANAGE_ENVIRONMENTS',
    action: 'create environments',
  },
  manageRepositories: {
    predicate: ProjectAuthorized.ManageRepositories,
    permission: 'MANAGE_REPOSITORIES',
    action: 'manage repositories',
  },
  manageMembers: {
    predicate: ProjectAuthorized.ManageMembers,
    permission: 'MANAGE_MEMBERS',
    action: 'manage the team',
  },
  replayHooks: {
    predicate: ProjectAuthorized.ReplayHooks,
    permission: 'REPLAY_HOOKS',
    action: 'reprovision the project',
  },
  manageDeployments: {
    predicate: ProjectAuthorized.ManageDeployments,
    permission: 'MANAGE_DEPLOYMENTS',
    action: 'create deployments',
  },
  seeSecrets: {
    predicate: ProjectAuthorized.SeeSecrets,
    permission: 'SEE_SECRETS',
    action: 'write secrets',
  },
} satisfies Record<string, ProjectPermissionCheck>;
