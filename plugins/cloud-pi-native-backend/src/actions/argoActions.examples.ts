import { ArgoOperation } from '@cpin/plugin-cloud-pi-native-common';

/** Examples of the Argo CD operation actions, shown to MCP clients and at `/create/actions`. */
export const ARGO_ACTION_EXAMPLES: Record<
  ArgoOperation,
  Array<{
    title: string;
    description?: string;
    input: { entityRef: string; application: string };
  }>
> = {
  refresh: [
    {
      title: 'Refresh the staging application of a repository',
      input: {
        entityRef: 'component:default/portail-infra',
        application: 'portail-staging-41a5-infra-3c4d',
      },
    },
  ],
  sync: [
    {
      title: 'Deploy the new revision to production (autosync off)',
      description:
        'The prod environment of the project has autosync off: the release waits for this sync.',
      input: {
        entityRef: 'resource:default/portail-prod',
        application: 'portail-prod-7a9b-infra-3c4d',
      },
    },
  ],
  rollback: [
    {
      title: 'Go back to the previous production release',
      input: {
        entityRef: 'resource:default/portail-prod',
        application: 'portail-prod-7a9b-infra-3c4d',
      },
    },
  ],
};
