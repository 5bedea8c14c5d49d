export interface Config {
  /** Connections to Cloud π Native platforms and their tools. */
  cloudPiNative?: {
    /** One entry per console (e.g. one per platform). */
    instances: Array<{
      /**
       * Instance id, `[a-z0-9-]+`. Written into entity annotations and names,
       * so it must not change once entities exist.
       * @visibility frontend
       */
      name: string;
      /**
       * Display title. Defaults to the name.
       * @visibility frontend
       */
      title?: string;
      /**
       * Console origin, e.g. `https://console.example.fr`. The API is served
       * under `/api/v1` and `/api/v2`; the UI deep links start here too.
       * @visibility frontend
       */
      consoleUrl: string;
      /**
       * Admin token sent as `x-dso-token` for service reads. It needs the
       * MANAGE admin bit to list every project (`filter=all`).
       * @visibility secret
       */
      token: string;
      /** GitLab `PROJECTS_ROOT_DIR`, e.g. `forge/projects`. */
      projectsRootDir: string;
      /** Request timeouts in milliseconds. */
      timeouts?: {
        /** Reads and quick writes. Default 30000. */
        requestMs?: number;
        /**
         * Console mutations that provision synchronously (project, environment
         * and repository writes, replays). Default 300000.
         */
        provisioningMs?: number;
      };
      /** Retries of idempotent reads on 429, 503 and network errors. */
      retries?: {
        /** Retries after the first attempt. Default 3; 0 disables retries. */
        max?: number;
        /** Base of the exponential backoff in milliseconds. Default 200. */
        baseDelayMs?: number;
        /** Cap of any single wait, including `Retry-After`. Default 10000. */
        maxDelayMs?: number;
      };
      /** Maximum parallel upstream calls when fanning out. Default 8. */
      concurrency?: number;
      /** The platform GitLab. */
      gitlab?: {
        /** Base URL, e.g. `https://gitlab.example.fr`. */
        url: string;
        /**
         * Token with the `api` scope.
         * @visibility secret
         */
        token: string;
      };
      /** The platform Vault. Set either `token` or `appRole`. */
      vault?: {
        /** Base URL, e.g. `https://vault.example.fr`. */
        url: string;
        /**
         * Static Vault token.
         * @visibility secret
         */
        token?: string;
        /** AppRole login; the token is renewed by logging in again. */
        appRole?: {
          roleId: string;
          /** @visibility secret */
          secretId: string;
          /** Mount path of the AppRole auth method. Default `approle`. */
          mountPath?: string;
        };
      };
      /** The platform SonarQube. */
      sonarqube?: {
        /** Base URL, e.g. `https://sonarqube.example.fr`. */
        url: string;
        /**
         * User or global analysis token allowed to browse the projects.
         * @visibility secret
         */
        token: string;
      };
      /**
       * The platform Harbor (registry): project `<slug>` per Cloud π project.
       * A robot or user able to read every project's artifacts.
       */
      harbor?: {
        /** Base URL, e.g. `https://harbor.example.fr`. */
        url: string;
        username: string;
        /** @visibility secret */
        password: string;
      };
      /** The platform Grafana; project instances are at `<url>/<hprod|prod>-<slug>`. */
      grafana?: {
        url: string;
      };
      /**
       * Datasource uids in the project Grafana instances. `{tenant}` is
       * replaced with `hprod-<b36(projectId)>` or `prod-<b36(projectId)>`.
       */
      observability?: {
        /** Default `loki-{tenant}`. */
        lokiDatasourceUid?: string;
        /** Default `prom-{tenant}`. */
        prometheusDatasourceUid?: string;
        /** Default `am-{tenant}`. */
        alertmanagerDatasourceUid?: string;
      };
      /** One Argo CD per zone. Set either `token` or `username` and `password`. */
      argocd?: Array<{
        /** Zone slug, `[a-z0-9-]+` (the console's `zone.slug`). */
        zone: string;
        /** Argo CD base URL. */
        url: string;
        /** Local account used to open sessions. */
        username?: string;
        /** @visibility secret */
        password?: string;
        /**
         * Static API token (project or account token).
         * @visibility secret
         */
        token?: string;
      }>;
      /** Kubernetes API servers, keyed by cluster label (the Argo CD destination name). */
      kubernetes?: Array<{
        /** Cluster label, `[a-z0-9-]+`. */
        cluster: string;
        /** API server URL. */
        url: string;
        /**
         * Service account token.
         * @visibility secret
         */
        token: string;
        /**
         * Base64 PEM of the cluster CA.
         * @visibility secret
         */
        caData?: string;
        /** Disables TLS verification; only for local clusters. Default false. */
        skipTLSVerify?: boolean;
      }>;
    }>;
  };
}
