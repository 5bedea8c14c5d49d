import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:project:reprovision`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description: 'Reprovision a project, e.g. after a failed provisioning',
    example: yaml.stringify({
      steps: [
        {
          id: 'reprovision',
          action: 'cpin:project:reprovision',
          name: 'Reprovision the project',
          input: { project: 'sirh' },
        },
      ],
    }),
  },
];
