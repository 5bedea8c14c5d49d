import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:gitlab:push`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description:
      'Render a skeleton, then push it as the first commit of a standalone repository',
    example: yaml.stringify({
      steps: [
        {
          id: 'fetch',
          action: 'fetch:template',
          name: 'Render the skeleton',
          input: {
            url: './skeleton',
            targetPath: 'app',
            values: { name: 'api' },
          },
        },
        {
          id: 'push',
          action: 'cpin:gitlab:push',
          name: 'Push the application',
          input: {
            project: 'portail',
            repository: 'api',
            sourcePath: 'app',
            commitMessage: 'Initial skeleton',
          },
        },
      ],
    }),
  },
  {
    description:
      'Push and set CI/CD variables, one of them from a Secret field of the template',
    example: yaml.stringify({
      steps: [
        {
          id: 'push',
          action: 'cpin:gitlab:push',
          name: 'Push the application',
          input: {
            project: 'portail',
            repository: 'api',
            branch: 'main',
            variables: [
              { key: 'APP_NAME', value: 'api' },
              { key: 'REGISTRY_PASSWORD', secret: 'registryPassword' },
            ],
          },
        },
      ],
    }),
  },
];
