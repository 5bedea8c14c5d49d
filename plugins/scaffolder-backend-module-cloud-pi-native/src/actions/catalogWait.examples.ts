import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:catalog:wait`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description:
      'Wait for the System of a project just created before linking to it',
    example: yaml.stringify({
      steps: [
        {
          id: 'catalog',
          action: 'cpin:catalog:wait',
          name: 'Wait for the catalog',
          input: { entityRef: 'system:cpin/portail' },
        },
      ],
    }),
  },
  {
    description: 'Wait up to two minutes for a Component',
    example: yaml.stringify({
      steps: [
        {
          id: 'catalog',
          action: 'cpin:catalog:wait',
          name: 'Wait for the catalog',
          input: {
            entityRef: 'component:cpin/portail-api',
            timeoutSeconds: 120,
          },
        },
      ],
    }),
  },
];
