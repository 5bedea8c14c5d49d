import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:repository:create`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description: 'Create a standalone application repository',
    example: yaml.stringify({
      steps: [
        {
          id: 'repository',
          action: 'cpin:repository:create',
          name: 'Create the application repository',
          input: { project: 'portail', name: 'backoffice' },
        },
      ],
    }),
  },
  {
    description:
      'Mirror a private external repository; the token comes from the Secret field "externalRepoToken"',
    example: yaml.stringify({
      steps: [
        {
          id: 'repository',
          action: 'cpin:repository:create',
          name: 'Mirror the external repository',
          input: {
            project: 'portail',
            name: 'mobile',
            externalRepoUrl: 'https://github.com/ministere/mobile.git',
            isPrivate: true,
            externalUserName: 'ci-bot',
            externalTokenSecret: 'externalRepoToken',
          },
        },
      ],
    }),
  },
  {
    description: 'Create an infrastructure repository deployed with Helm',
    example: yaml.stringify({
      steps: [
        {
          id: 'infra',
          action: 'cpin:repository:create',
          name: 'Create the infrastructure repository',
          input: {
            project: 'portail',
            name: 'deploiement',
            isInfra: true,
            deployRevision: 'main',
            deployPath: 'helm',
            helmValuesFiles: ['values.yaml', 'values-<env>.yaml'],
          },
        },
      ],
    }),
  },
];
