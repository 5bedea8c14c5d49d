import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:repository:sync`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description: 'Synchronise every branch of a mirrored repository',
    example: yaml.stringify({
      steps: [
        {
          id: 'sync',
          action: 'cpin:repository:sync',
          name: 'Synchronise the repository',
          input: { project: 'portail', repository: 'front' },
        },
      ],
    }),
  },
  {
    description: 'Synchronise one branch',
    example: yaml.stringify({
      steps: [
        {
          id: 'sync',
          action: 'cpin:repository:sync',
          name: 'Synchronise the main branch',
          input: {
            project: 'portail',
            repository: 'front',
            branchName: 'main',
          },
        },
      ],
    }),
  },
];
