import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:member:add`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description: 'Add a person to the team as a developer',
    example: yaml.stringify({
      steps: [
        {
          id: 'member',
          action: 'cpin:member:add',
          name: 'Add the new developer',
          input: {
            project: 'portail',
            email: 'eve.nobody@interieur.gouv.fr',
            roles: ['Développeur'],
          },
        },
      ],
    }),
  },
  {
    description:
      'Add someone who never logged into the console, with only the baseline permissions of every member',
    example: yaml.stringify({
      steps: [
        {
          id: 'member',
          action: 'cpin:member:add',
          name: 'Add the new member',
          input: {
            project: 'portail',
            email: 'frank.nouveau@interieur.gouv.fr',
          },
        },
      ],
    }),
  },
];
