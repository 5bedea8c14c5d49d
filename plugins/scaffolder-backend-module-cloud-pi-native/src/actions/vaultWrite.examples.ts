import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `cpin:vault:write`, shown on the installed actions page. */
export const examples: TemplateExample[] = [
  {
    description:
      'Store the database password typed in a Secret field "dbPassword" for the dev environment',
    example: yaml.stringify({
      steps: [
        {
          id: 'secret',
          action: 'cpin:vault:write',
          name: 'Store the database password',
          input: {
            project: 'portail',
            environment: 'dev',
            path: 'db',
            secrets: { DB_PASSWORD: 'dbPassword' },
          },
        },
      ],
    }),
  },
  {
    description: 'Replace a secret with two values',
    example: yaml.stringify({
      steps: [
        {
          id: 'secret',
          action: 'cpin:vault:write',
          name: 'Store the API credentials',
          input: {
            project: 'portail',
            environment: 'prod',
            path: 'api/credentials',
            secrets: { CLIENT_ID: 'clientId', CLIENT_SECRET: 'clientSecret' },
            merge: false,
          },
        },
      ],
    }),
  },
];
