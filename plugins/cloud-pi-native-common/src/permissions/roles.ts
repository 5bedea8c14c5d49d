import { ADMIN_PERMS, PROJECT_PERMS, combinePerms } from './bits';

const P = PROJECT_PERMS;

/** Default `everyonePerms` of a project ("Tout le monde"): 896. @public */
export const DEFAULT_EVERYONE_PERMS = combinePerms(
  P.REPLAY_HOOKS,
  P.LIST_ENVIRONMENTS,
  P.LIST_REPOSITORIES,
);

/** A project role template the console creates with every project. @public */
export interface DefaultProjectRole {
  name: string;
  /** Suffix appended to `/<slug>` to form the OIDC group. */
  oidcGroupSuffix: string;
  permissions: bigint;
}

/** The four `system:managed` roles created with a project (NestJS). @public */
export const DEFAULT_PROJECT_ROLES: readonly DefaultProjectRole[] = [
  {
    name: 'Administrateur',
    oidcGroupSuffix: '/console/admin',
    permissions: P.MANAGE,
  },
  {
    name: 'DevOps',
    oidcGroupSuffix: '/console/devops',
    permissions: combinePerms(
      P.MANAGE_ENVIRONMENTS,
      P.MANAGE_REPOSITORIES,
      P.REPLAY_HOOKS,
      P.SEE_SECRETS,
      P.LIST_ENVIRONMENTS,
      P.LIST_REPOSITORIES,
    ),
  },
  {
    name: 'Développeur',
    oidcGroupSuffix: '/console/developer',
    permissions: combinePerms(
      P.MANAGE_REPOSITORIES,
      P.LIST_ENVIRONMENTS,
      P.LIST_REPOSITORIES,
    ),
  },
  {
    name: 'Lecture seule',
    oidcGroupSuffix: '/console/readonly',
    permissions: combinePerms(P.LIST_ENVIRONMENTS, P.LIST_REPOSITORIES),
  },
];

/** The global "Tout le monde" platform role applied to every user and token: 25608. @public */
export const EVERYONE_ADMIN_PERMS = combinePerms(
  ADMIN_PERMS.MANAGE_PROJECTS,
  ADMIN_PERMS.LIST_PROJECTS,
  ADMIN_PERMS.LIST_ZONES,
  ADMIN_PERMS.LIST_STAGES,
);
