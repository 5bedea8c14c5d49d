import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { JsonObject } from '@backstage/types';
import yaml from 'yaml';

/** The input of the (first) step of an example that runs `actionId`. */
export function exampleInput(
  example: TemplateExample,
  actionId: string,
): JsonObject {
  const { steps } = yaml.parse(example.example) as {
    steps: Array<{ action: string; input: JsonObject }>;
  };
  const step = steps.find(s => s.action === actionId);
  if (!step) throw new Error(`No ${actionId} step in "${example.description}"`);
  return step.input;
}
