import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  ApiException,
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
} from '@kubernetes/client-node';
import { z } from 'zod';
import { argoCdApplicationSchema, ArgoCdApplication } from '../argocd/schemas';
import { DEFAULT_TIMEOUTS } from '../http/defaults';
import { endpoint } from '../http/endpoint';
import {
  CloudPiNativeInvalidResponseError,
  CloudPiNativeTimeoutError,
  CloudPiRequestTarget,
  errorFromStatus,
  networkErrorReason,
  unreachableError,
} from '../http/errors';
import { CloudPiRequestObserver, notifyObserver } from '../http/observer';
import { SecretRedactor } from '../http/redaction';
import { parseKubernetesQuantity } from './quantity';
import { timeoutOptions } from './requestOptions';
import {
  KubernetesNamespace,
  KubernetesQuantity,
  KubernetesWorkload,
  ResourceQuotaUsage,
} from './types';

/** Options of {@link KubernetesClient.create}. @public */
export interface KubernetesClientOptions {
  /** Cluster label, used as the kubeconfig cluster name. */
  cluster: string;
  url: string;
  token: string;
  caData?: string;
  skipTLSVerify?: boolean;
  timeoutMs?: number;
  logger?: LoggerService;
  onRequest?: CloudPiRequestObserver;
  /** More values to hide from error messages, e.g. every credential of the instance. */
  secrets?: string[];
}

const applicationListSchema = z.object({
  items: z.array(argoCdApplicationSchema),
});

/**
 * Read-only access to one cluster: project namespaces, their `dso-quota`
 * ResourceQuota, and Argo CD `Application` custom resources.
 *
 * @public
 */
export class KubernetesClient {
  static create(options: KubernetesClientOptions): KubernetesClient {
    if (options.url.startsWith('http:') && !options.skipTLSVerify) {
      // The library would only refuse it at the first call.
      throw new InputError(
        `Kubernetes API server of ${options.cluster} uses plain http: set skipTLSVerify to accept it`,
      );
    }
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: [
        {
          name: options.cluster,
          server: options.url,
          caData: options.caData,
          skipTLSVerify: options.skipTLSVerify ?? false,
        },
      ],
      users: [{ name: 'backstage', token: options.token }],
      contexts: [
        { name: options.cluster, cluster: options.cluster, user: 'backstage' },
      ],
      currentContext: options.cluster,
    });
    return new KubernetesClient(kubeConfig, options);
  }

  private readonly core: CoreV1Api;
  private readonly apps: AppsV1Api;
  private readonly customObjects: CustomObjectsApi;
  private readonly redactor: SecretRedactor;
  private readonly timeoutMs: number;

  private constructor(
    kubeConfig: KubeConfig,
    private readonly options: KubernetesClientOptions,
  ) {
    this.core = kubeConfig.makeApiClient(CoreV1Api);
    this.apps = kubeConfig.makeApiClient(AppsV1Api);
    this.customObjects = kubeConfig.makeApiClient(CustomObjectsApi);
    this.redactor = new SecretRedactor([
      options.token,
      ...(options.secrets ?? []),
    ]);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUTS.requestMs;
  }

  /** Reads a namespace (`<b36(envId)>--<b36(projectId)>` for environments). */
  async getNamespace(name: string): Promise<KubernetesNamespace> {
    const namespace = await this.call(
      endpoint`/api/v1/namespaces/${name}`,
      () => this.core.readNamespace({ name }, timeoutOptions(this.timeoutMs)),
    );
    return {
      name: namespace.metadata?.name ?? name,
      labels: namespace.metadata?.labels ?? {},
      annotations: namespace.metadata?.annotations ?? {},
      phase: namespace.status?.phase,
      createdAt: namespace.metadata?.creationTimestamp?.toISOString(),
    };
  }

  /** Hard limits against usage of a namespace's quota, with parsed quantities. */
  async getResourceQuotaUsage(
    namespace: string,
    quotaName: string = 'dso-quota',
  ): Promise<ResourceQuotaUsage> {
    const quota = await this.call(
      endpoint`/api/v1/namespaces/${namespace}/resourcequotas/${quotaName}`,
      () =>
        this.core.readNamespacedResourceQuota(
          { name: quotaName, namespace },
          timeoutOptions(this.timeoutMs),
        ),
    );
    // status.hard is what the API server enforces; spec.hard is the request.
    const hard = quota.status?.hard ?? quota.spec?.hard ?? {};
    const used = quota.status?.used ?? {};
    const resources: ResourceQuotaUsage['resources'] = {};
    for (const resource of new Set([
      ...Object.keys(hard),
      ...Object.keys(used),
    ])) {
      resources[resource] = {
        hard: toQuantity(hard[resource]),
        used: toQuantity(used[resource]),
      };
    }
    return { name: quotaName, namespace, resources };
  }

  /** The Deployments of a namespace matching a label selector: names and labels. */
  async listWorkloads(
    namespace: string,
    labelSelector?: string,
  ): Promise<KubernetesWorkload[]> {
    const list = await this.call(
      endpoint`/apis/apps/v1/namespaces/${namespace}/deployments`,
      () =>
        this.apps.listNamespacedDeployment(
          { namespace, labelSelector },
          timeoutOptions(this.timeoutMs),
        ),
    );
    return list.items.map(item => ({
      name: item.metadata?.name ?? '',
      namespace,
      labels: item.metadata?.labels ?? {},
    }));
  }

  /**
   * Lists `applications.argoproj.io` custom resources, in one namespace (the
   * Argo CD namespace of a zone) or cluster-wide.
   */
  async listArgoCdApplications(
    options: { namespace?: string; labelSelector?: string } = {},
  ): Promise<ArgoCdApplication[]> {
    const group = 'argoproj.io';
    const version = 'v1alpha1';
    const plural = 'applications';
    const { namespace, labelSelector } = options;
    const path = namespace
      ? endpoint`/apis/argoproj.io/v1alpha1/namespaces/${namespace}/applications`
      : '/apis/argoproj.io/v1alpha1/applications';
    const list = await this.call(path, () =>
      namespace
        ? this.customObjects.listNamespacedCustomObject(
            { group, version, plural, namespace, labelSelector },
            timeoutOptions(this.timeoutMs),
          )
        : this.customObjects.listClusterCustomObject(
            { group, version, plural, labelSelector },
            timeoutOptions(this.timeoutMs),
          ),
    );
    const parsed = applicationListSchema.safeParse(list);
    if (!parsed.success) {
      throw new CloudPiNativeInvalidResponseError(
        this.target(path),
        'not a list of Argo CD Applications',
      );
    }
    return parsed.data.items;
  }

  private target(path: string): CloudPiRequestTarget {
    return { upstream: 'kubernetes', method: 'GET', path };
  }

  /** Runs one API call, reporting it and mapping its failure. */
  private async call<T>(path: string, run: () => Promise<T>): Promise<T> {
    const target = this.target(path);
    const started = Date.now();
    let status: number | undefined;
    try {
      const result = await run();
      status = 200;
      return result;
    } catch (error) {
      status = error instanceof ApiException ? error.code : undefined;
      throw this.mapError(error, target);
    } finally {
      const durationMs = Date.now() - started;
      this.options.logger?.debug(
        `${target.method} ${path} -> ${status ?? 'no response'}`,
        {
          ...target,
          cluster: this.options.cluster,
          status,
          durationMs,
        },
      );
      notifyObserver(this.options.onRequest, {
        ...target,
        status,
        durationMs,
        attempt: 1,
      });
    }
  }

  private mapError(error: unknown, target: CloudPiRequestTarget): Error {
    if (error instanceof ApiException) {
      const message = statusMessage(error.body);
      return errorFromStatus(
        target,
        error.code,
        message === undefined ? undefined : this.redactor.redact(message),
      );
    }
    if ((error as { name?: unknown })?.name === 'AbortError') {
      return new CloudPiNativeTimeoutError({
        ...target,
        timeoutMs: this.timeoutMs,
      });
    }
    return unreachableError(target, networkErrorReason(error));
  }
}

function toQuantity(raw: string | undefined): KubernetesQuantity | undefined {
  return raw === undefined
    ? undefined
    : { raw, value: parseKubernetesQuantity(raw) };
}

/** The `message` of a Kubernetes `Status` body (sent as text or JSON). */
function statusMessage(body: unknown): string | undefined {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const message = (value as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}
