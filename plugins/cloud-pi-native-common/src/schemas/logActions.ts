/**
 * The action labels the console writes in a project's provisioning log
 * (`GET /api/v1/logs`, field `action`), by a stable key: the cards show a
 * translated label for the known ones and the console's own for others.
 *
 * @public
 */
export const CONSOLE_LOG_ACTIONS = {
  createProject: 'Create Project',
  updateProject: 'Update Project',
  replayHooks: 'Replay hooks for Project',
  deleteProjectResources: 'Delete all project resources',
  upsertProjectRole: 'Upsert Project Role',
  createEnvironment: 'Create Environment',
  updateEnvironment: 'Update Environment',
  deleteEnvironment: 'Delete Environment',
  createRepository: 'Create Repository',
  updateRepository: 'Update Repository',
  deleteRepository: 'Delete Repository',
  syncRepository: 'Sync Repository',
  createDeployment: 'Create Deployment',
  updateDeployment: 'Update Deployment',
  deleteDeployment: 'Delete Deployment',
  deleteProjectDeployments: 'Delete all project deployments',
  addProjectMember: 'Add Project Member',
  updateProjectMember: 'Update Project Member',
  removeProjectMember: 'Remove Project Member',
} as const;

/** A key of {@link CONSOLE_LOG_ACTIONS}. @public */
export type ConsoleLogActionKey = keyof typeof CONSOLE_LOG_ACTIONS;

const KEYS_BY_LABEL = new Map(
  Object.entries(CONSOLE_LOG_ACTIONS).map(([key, label]) => [
    label.toLocaleLowerCase('en-US'),
    key as ConsoleLogActionKey,
  ]),
);

/** The key of a provisioning log action label, if the console's label is known. @public */
export function consoleLogActionKey(
  label: string,
): ConsoleLogActionKey | undefined {
  return KEYS_BY_LABEL.get(label.trim().toLocaleLowerCase('en-US'));
}

/** The `messageResume` of a provisioning run in which every plugin succeeded. @public */
export const CONSOLE_LOG_SUCCESS_SUMMARY = 'Success';
