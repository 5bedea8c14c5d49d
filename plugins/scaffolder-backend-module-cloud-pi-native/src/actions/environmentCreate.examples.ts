import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:environment:create`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description: 'Create a hors-production environment',
    example: yaml.stringify({
      steps: [
        {
          id: 'environment',
          action: 'cpin:environment:create',
          name: 'Create the recette environment',
          input: {
            project: 'portail',
            name: 'recette',
            stage: 'staging',
            cluster: 'ovh-hprod',
            cpu: 1,
            memory: 2,
          },
        },
      ],
    }),
  },
  {
    description:
      'Create a production environment without Argo CD automated sync',
    example: yaml.stringify({
      steps: [
        {
          id: 'environment',
          action: 'cpin:environment:create',
          name: 'Create the production environment',
          input: {
            instance: 'sandbox',
            project: 'portail',
            name: 'prodbis',
            stage: 'prod',
            cluster: 'ovh-prod',
            cpu: 2,
            gpu: 0,
            memory: 4,
            autosync: false,
          },
        },
      ],
    }),
  },
];
