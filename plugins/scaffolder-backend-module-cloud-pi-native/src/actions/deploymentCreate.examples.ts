import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:deployment:create`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description: 'Deploy a repository into an environment',
    example: yaml.stringify({
      steps: [
        {
          id: 'deployment',
          action: 'cpin:deployment:create',
          name: 'Deploy the API into dev',
          input: {
            project: 'urbanisme',
            name: 'api',
            environment: 'dev',
            sources: [
              {
                repository: 'instruction',
                path: 'chart',
                helmValuesFiles: 'values.yaml,values-<env>.yaml',
              },
            ],
          },
        },
      ],
    }),
  },
  {
    description:
      'Deploy a pinned version with values kept in another repository, without automated sync',
    example: yaml.stringify({
      steps: [
        {
          id: 'deployment',
          action: 'cpin:deployment:create',
          name: 'Deploy web 2.3.1 into prod',
          input: {
            instance: 'sandbox',
            project: 'urbanisme',
            name: 'webfixe',
            environment: 'prod',
            autosync: false,
            sources: [
              {
                repository: 'web',
                targetRevision: 'v2.3.1',
                path: 'chart',
                valueSources: [
                  { type: 'internal', path: 'values.yaml' },
                  {
                    type: 'external',
                    ref: 'config',
                    repository: 'config',
                    path: 'web/values-<env>.yaml',
                  },
                ],
              },
            ],
          },
        },
      ],
    }),
  },
];
