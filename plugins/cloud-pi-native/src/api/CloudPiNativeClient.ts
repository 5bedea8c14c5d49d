import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  DiscoveryApi,
  FetchApi,
  OAuthApi,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  CLOUD_PI_NATIVE_BACKEND_PLUGIN_ID,
  CLOUD_PI_USER_TOKEN_HEADER,
  type ArgoOperation,
  type ArgoOperationResult,
  type CloudPiEntityCardsResponse,
  type CloudPiEntityData,
  type CloudPiEntityDataKind,
  type ClustersResponse,
  type InstancesResponse,
  type ProjectsResponse,
  type StagesResponse,
  argoOperationResultSchema,
  cloudPiArgoOperationPath,
  cloudPiEntityCardsPath,
  cloudPiEntityCardsResponseSchema,
  cloudPiEntityDataPath,
  cloudPiEntityDataSchemas,
  cloudPiInstancePath,
  cloudPiReprovisionPath,
  clustersResponseSchema,
  instancesResponseSchema,
  projectsResponseSchema,
  stagesResponseSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import type {
  CloudPiClustersQuery,
  CloudPiNativeApi,
} from '@cpin/plugin-cloud-pi-native-react';
import { EntityCardsBatcher } from './EntityCardsBatcher';
import { InvalidResponseError } from './InvalidResponseError';

/** What the client needs to validate a response body. */
interface ResponseSchema<T> {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: {
          issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>;
        };
      };
}

/** Options of {@link CloudPiNativeClient}. @public */
export interface CloudPiNativeClientOptions {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
  /** The platform Keycloak sign-in, for the routes that act as the user. */
  cloudPiAuthApi: Pick<OAuthApi, 'getAccessToken'>;
}

/**
 * Client of the `cloud-pi-native` backend: Backstage credentials come from
 * `fetchApi`; the platform access token is only sent to the routes that act
 * towards the console as the user.
 *
 * The cards of a page ask for their data at the same time: the calls of
 * `getEntityData` made in the same tick for one entity are sent as one
 * request to the batched cards route (one authorization for the page);
 * a lone call uses the card's own route. `prefetchEntityData` sends, as
 * an entity's page opens, the batch its cards asked for last time.
 *
 * @public
 */
export class CloudPiNativeClient implements CloudPiNativeApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;
  private readonly cloudPiAuthApi: Pick<OAuthApi, 'getAccessToken'>;
  private readonly cards: EntityCardsBatcher;

  constructor(options: CloudPiNativeClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    this.cloudPiAuthApi = options.cloudPiAuthApi;
    this.cards = new EntityCardsBatcher({
      readOne: (kind, entity) => this.readCard(kind, entity),
      readMany: (kinds, entity) =>
        this.get(
          cloudPiEntityCardsPath(entity, kinds),
          cloudPiEntityCardsResponseSchema as ResponseSchema<CloudPiEntityCardsResponse>,
        ),
      parse: (kind, entity, data) =>
        this.validate(
          cloudPiEntityDataPath(entity, kind),
          cloudPiEntityDataSchemas[kind] as ResponseSchema<
            CloudPiEntityData[typeof kind]
          >,
          data,
        ),
    });
  }

  async getEntityData<K extends CloudPiEntityDataKind>(
    kind: K,
    entity: CompoundEntityRef,
  ): Promise<CloudPiEntityData[K]> {
    return this.cards.load(kind, entity);
  }

  /**
   * Sends at once the batch of the cards the entity's page asked for on an
   * earlier visit (nothing on a first visit), so that it runs alongside the
   * catalog's read of the entity rather than after it.
   */
  prefetchEntityData(entity: CompoundEntityRef): void {
    this.cards.prefetch(entity);
  }

  private readCard<K extends CloudPiEntityDataKind>(
    kind: K,
    entity: CompoundEntityRef,
  ): Promise<CloudPiEntityData[K]> {
    const schema = cloudPiEntityDataSchemas[kind] as ResponseSchema<
      CloudPiEntityData[K]
    >;
    return this.get(cloudPiEntityDataPath(entity, kind), schema);
  }

  async reprovision(entity: CompoundEntityRef): Promise<void> {
    await this.request(cloudPiReprovisionPath(entity), {
      method: 'POST',
      asUser: true,
    });
  }

  async runArgoOperation(
    entity: CompoundEntityRef,
    application: string,
    operation: ArgoOperation,
  ): Promise<ArgoOperationResult> {
    return this.get(
      cloudPiArgoOperationPath(entity, application, operation),
      argoOperationResultSchema,
      { method: 'POST' },
    );
  }

  async listInstances(): Promise<InstancesResponse> {
    return this.get('/instances', instancesResponseSchema);
  }

  async listProjects(instance: string): Promise<ProjectsResponse> {
    return this.get(
      cloudPiInstancePath(instance, 'projects'),
      projectsResponseSchema,
      {
        asUser: true,
      },
    );
  }

  async listStages(instance: string): Promise<StagesResponse> {
    return this.get(
      cloudPiInstancePath(instance, 'stages'),
      stagesResponseSchema,
    );
  }

  async listClusters(
    instance: string,
    query: CloudPiClustersQuery,
  ): Promise<ClustersResponse> {
    const params = new URLSearchParams({ stageId: query.stageId });
    if (query.projectId) params.set('projectId', query.projectId);
    return this.get(
      `${cloudPiInstancePath(instance, 'clusters')}?${params}`,
      clustersResponseSchema,
    );
  }

  /** Sends a request and validates its JSON answer (`GET` unless told otherwise). */
  private async get<T>(
    path: string,
    schema: ResponseSchema<T>,
    options: { asUser?: boolean; method?: 'GET' | 'POST' } = {},
  ): Promise<T> {
    const response = await this.request(path, { method: 'GET', ...options });
    return this.validate(path, schema, await response.json());
  }

  /** Validates a response body against the contract. */
  private validate<T>(
    path: string,
    schema: ResponseSchema<T>,
    body: unknown,
  ): T {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 5)
        .map(
          issue =>
            `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
        )
        .join('; ');
      throw new InvalidResponseError(
        `Unexpected response from the Cloud π Native backend for ${path}: ${issues}`,
      );
    }
    return parsed.data;
  }

  private async request(
    path: string,
    options: { method: 'GET' | 'POST'; asUser?: boolean },
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl(
      CLOUD_PI_NATIVE_BACKEND_PLUGIN_ID,
    );
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.asUser) {
      headers[CLOUD_PI_USER_TOKEN_HEADER] =
        await this.cloudPiAuthApi.getAccessToken();
    }
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method: options.method,
      headers,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
