import { AuthService } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { ArgoOperation } from '@cpin/plugin-cloud-pi-native-common';
import { ArgoOperations } from '../operations/ArgoOperations';
import { actionEntityRef, actionUser } from './actionCaller';
import { ARGO_ACTION_EXAMPLES } from './argoActions.examples';
import {
  argoOperationInputSchema,
  argoOperationOutputSchema,
} from './argoActionSchemas';

/** How each operation is described to MCP clients and the scaffolder. */
const ACTIONS: Record<
  ArgoOperation,
  {
    title: string;
    description: string;
    attributes: { readOnly: false; idempotent: boolean; destructive: boolean };
  }
> = {
  refresh: {
    title: 'Refresh an Argo CD application',
    description:
      "Makes the zone's Argo CD compare one of the Argo CD applications of a Cloud π Native catalog entity with its Git sources now. Needs the cloud-pi-native.argocd.refresh permission and, by default, the DevOps role or ownership of the project.",
    attributes: { readOnly: false, idempotent: true, destructive: false },
  },
  sync: {
    title: 'Sync an Argo CD application',
    description:
      'Syncs one of the Argo CD applications of a Cloud π Native catalog entity to its target revision (the state in Git). Needs the cloud-pi-native.argocd.sync permission and, by default, the DevOps role or ownership of the project.',
    attributes: { readOnly: false, idempotent: true, destructive: true },
  },
  rollback: {
    title: 'Roll back an Argo CD application',
    description:
      "Rolls one of the Argo CD applications of a Cloud π Native catalog entity back to the revision deployed before the current one. Argo CD refuses it while the environment's autosync is on. Needs the cloud-pi-native.argocd.rollback permission and, by default, the DevOps role or ownership of the project.",
    attributes: { readOnly: false, idempotent: false, destructive: true },
  },
};

/**
 * Registers `argocd-refresh`, `argocd-sync` and `argocd-rollback` (MCP, and
 * the scaffolder as `cloud-pi-native:argocd-*` when the plugin is one of
 * `backend.actions.pluginSources`). They run through the same checks and
 * audit events as the deployments card's buttons.
 */
export function registerArgoActions(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  argo: ArgoOperations;
}): void {
  const { actionsRegistry, auth, argo } = options;
  for (const operation of Object.keys(ACTIONS) as ArgoOperation[]) {
    actionsRegistry.register({
      name: `argocd-${operation}`,
      ...ACTIONS[operation],
      examples: ARGO_ACTION_EXAMPLES[operation],
      schema: {
        input: argoOperationInputSchema,
        output: argoOperationOutputSchema,
      },
      action: async ({ input, credentials }) => ({
        output: await argo.run({
          entityRef: actionEntityRef(input.entityRef),
          credentials: actionUser(auth, credentials),
          application: input.application,
          operation,
        }),
      }),
    });
  }
}
