import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:project:create`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description: 'Create a limitless project',
    example: yaml.stringify({
      steps: [
        {
          id: 'project',
          action: 'cpin:project:create',
          name: 'Create the Cloud π project',
          input: {
            name: 'demarches',
            description: 'Démarches en ligne du ministère',
          },
        },
      ],
    }),
  },
  {
    description: 'Create a project with hors-production and production budgets',
    example: yaml.stringify({
      steps: [
        {
          id: 'project',
          action: 'cpin:project:create',
          name: 'Create the Cloud π project',
          input: {
            instance: 'sandbox',
            name: 'rdvpref',
            description: 'Prise de rendez-vous en préfecture',
            limitless: false,
            hprodCpu: 8,
            hprodGpu: 0,
            hprodMemory: 16,
            prodCpu: 16,
            prodGpu: 0,
            prodMemory: 32,
          },
        },
      ],
    }),
  },
];
