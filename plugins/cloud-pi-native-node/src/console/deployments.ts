import { InputError } from '@backstage/errors';
import {
  CreateDeploymentInput,
  Deployment,
  UpdateDeploymentInput,
  createDeploymentInputSchema,
  deploymentSchema,
  formatValidationError,
  updateDeploymentInputSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { endpoint } from '../http/endpoint';
import { ConsoleRequester } from './ConsoleRequester';

/**
 * Deployments of a project (`/api/v1/projects/:project/deployments`): the
 * repositories Argo CD deploys into an environment. Listing needs
 * LIST_DEPLOYMENTS and writing MANAGE_DEPLOYMENTS (no default role has
 * them: the owner, MANAGE and platform admins do). Writes answer before
 * the console has reconciled the tools: read the Argo CD applications, not
 * the project status, to follow them.
 *
 * @public
 */
export interface CloudPiDeploymentsApi {
  /** With each deployment's environment and sources (repositories, value sources). */
  list(project: string): Promise<Deployment[]>;
  /** Validates `input` with the console's rules, then creates it in `input.projectId`. */
  create(input: CreateDeploymentInput): Promise<Deployment>;
  /** Replaces the deployment: sources left out are deleted. */
  update(
    deploymentId: string,
    input: UpdateDeploymentInput,
  ): Promise<Deployment>;
  delete(project: string, deploymentId: string): Promise<void>;
}

/** Validates a body before it is sent: the console must never see an invalid one. */
function validated<S extends z.ZodType>(
  schema: S,
  input: unknown,
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new InputError(formatValidationError(result.error));
  }
  return result.data;
}

/** Implementation of {@link CloudPiDeploymentsApi}. */
export class DeploymentsResource implements CloudPiDeploymentsApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async list(project: string): Promise<Deployment[]> {
    return this.requester.call(
      'GET',
      endpoint`/api/v1/projects/${project}/deployments`,
      z.array(deploymentSchema),
    );
  }

  async create(input: CreateDeploymentInput): Promise<Deployment> {
    const body = validated(createDeploymentInputSchema, input);
    return this.requester.call(
      'POST',
      endpoint`/api/v1/projects/${body.projectId}/deployments`,
      deploymentSchema,
      { body },
    );
  }

  async update(
    deploymentId: string,
    input: UpdateDeploymentInput,
  ): Promise<Deployment> {
    const body = validated(updateDeploymentInputSchema, input);
    return this.requester.call(
      'PUT',
      endpoint`/api/v1/projects/${body.projectId}/deployments/${deploymentId}`,
      deploymentSchema,
      { body },
    );
  }

  async delete(project: string, deploymentId: string): Promise<void> {
    return this.requester.callWithoutResult(
      'DELETE',
      endpoint`/api/v1/projects/${project}/deployments/${deploymentId}`,
    );
  }
}
