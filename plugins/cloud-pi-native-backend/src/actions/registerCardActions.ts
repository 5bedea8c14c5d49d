import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { CardDataService } from '../data/CardDataService';
import { actionEntityRef, actionUser } from './actionCaller';
import {
  deploymentsOutputSchema,
  entityInputSchema,
  qualityGateOutputSchema,
} from './actionSchemas';

/**
 * Registers the read-only actions (for MCP clients and the scaffolder).
 * They go through the same gate as the HTTP routes: catalog read as the
 * caller, Backstage permission, Cloud π rule.
 */
export function registerCardActions(options: {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  cards: CardDataService;
}): void {
  const { actionsRegistry, auth, cards } = options;

  const asUser = (credentials: BackstageCredentials) =>
    actionUser(auth, credentials);
  const entityRef = actionEntityRef;

  actionsRegistry.register({
    name: 'get-quality-gate',
    title: 'Get SonarQube quality gates',
    description:
      'Returns the SonarQube quality gate, failed conditions and measures of the repositories of a Cloud π Native catalog entity (one repository for a Component, every repository of the project for a System).',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: { input: entityInputSchema, output: qualityGateOutputSchema },
    action: async ({ input, credentials }) => ({
      output: await cards.read(
        'quality-gate',
        entityRef(input.entityRef),
        asUser(credentials),
      ),
    }),
  });

  actionsRegistry.register({
    name: 'get-deployments',
    title: 'Get Argo CD deployments',
    description:
      'Returns, per environment of a Cloud π Native catalog entity, the Argo CD applications with their sync and health status and the namespace quota.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: { input: entityInputSchema, output: deploymentsOutputSchema },
    action: async ({ input, credentials }) => ({
      output: await cards.read(
        'deployments',
        entityRef(input.entityRef),
        asUser(credentials),
      ),
    }),
  });
}
