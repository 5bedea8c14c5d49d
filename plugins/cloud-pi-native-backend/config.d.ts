import { HumanDuration } from '@backstage/types';

export interface Config {
  cloudPiNative?: {
    /**
     * The backend of the entity cards. Every key is optional; the connections
     * themselves are `cloudPiNative.instances` (see
     * `@cpin/plugin-cloud-pi-native-node`).
     */
    cards?: {
      /** Caching of the card data (through the backend cache service). */
      cache?: {
        /**
         * How long card data is served without asking the platform again.
         * Default 60 seconds. Membership changes also take effect within it.
         */
        ttl?: HumanDuration | string;
        /**
         * After `ttl`, how long the previous data is still served while it is
         * refreshed in the background. Default 5 minutes; 0 turns it off.
         */
        staleWhileRevalidate?: HumanDuration | string;
        /**
         * Freshness of data with a degraded part (a tool that could not be
         * read), so that it recovers quickly. Default 10 seconds.
         */
        degradedTtl?: HumanDuration | string;
        /** Freshness of stages, zones, clusters and the console version. Default 5 minutes. */
        platformTtl?: HumanDuration | string;
        /** Freshness of the Backstage user → e-mail mapping. Default 10 minutes. */
        userTtl?: HumanDuration | string;
        /**
         * How long the entity a user read and the permission decisions taken
         * for them serve that same user's next card reads of that entity
         * (the other cards of the page, a tab change). Never shared between
         * users; kept in each replica's memory and forgotten when the
         * project changes on that replica, so keep it short with several
         * replicas. Argo CD operations, reprovision and secrets always decide
         * afresh. Default 5 seconds; 0 turns it off.
         */
        authorizationTtl?: HumanDuration | string;
        /**
         * How long an entity the plugin read from the catalog serves every
         * user's next requests on it (only its Cloud π coordinates are used;
         * whether the caller may read it is still checked on each request).
         * A deleted or re-annotated entity is seen this much later at most.
         * In each replica's memory, forgotten when a project changes there.
         * Default 5 seconds; 0 turns it off.
         */
        entityTtl?: HumanDuration | string;
      };
      /**
       * Longest wait for one tool (SonarQube, Argo CD, Kubernetes, a console
       * side read) before its part of a card is reported as unavailable.
       * Default 10 seconds.
       */
      partTimeout?: HumanDuration | string;
      /**
       * Which Cloud π rule each kind of data needs, on top of the Backstage
       * permission. One of `any-signed-in`, `member`, `list-environments`,
       * `list-repositories`, `list-members`, `list-roles`, `list-deployments`,
       * `manage-environments`, `replay-hooks`, `see-secrets`, `manage`,
       * `platform-admin`.
       */
      access?: {
        /** Default `member`. */
        overview?: string;
        /** Default `member`. */
        environments?: string;
        /** Default `member`. */
        qualityGate?: string;
        /** Default `member`. */
        deployments?: string;
        /** Default `member`. */
        observability?: string;
        /** GitLab CI builds and mirrors. Default `member`. */
        builds?: string;
        /** Harbor images, scans and signatures. Default `member`. */
        images?: string;
        /** The onboarding journey. Default `member`. */
        journey?: string;
        /** Argo CD refresh. Default `manage-environments` (DevOps or owner). */
        argocdRefresh?: string;
        /** Argo CD sync. Default `manage-environments` (DevOps or owner). */
        argocdSync?: string;
        /**
         * Argo CD rollback to the previous revision. Default
         * `manage-environments` (DevOps or owner).
         */
        argocdRollback?: string;
        /** Default `replay-hooks`. The project must also be neither locked nor archived. */
        reprovision?: string;
        /** Default `see-secrets`. The project must also not be archived. */
        secrets?: string;
      };
      /**
       * Users and groups (entity refs, e.g. `group:default/cloud-pi-admins`)
       * treated as platform administrators (the console's admin MANAGE bit).
       */
      platformAdmins?: string[];
      /**
       * Platform permissions every console user has through the global
       * "Tout le monde" role, as a decimal bitfield. Default `25608`.
       */
      everyonePlatformPermissions?: string;
      /** Where the onboarding journey's next actions point. */
      journey?: {
        /**
         * Base URL of the platform's documentation, whose `/guide/*` pages
         * the journey links to. Default `https://cloud-pi-native.fr`.
         */
        documentationUrl?: string;
        /**
         * Software templates suggested as next actions (entity refs).
         * Defaults: the templates shipped in `examples/templates`.
         */
        templates?: {
          /** Default `template:default/cpin-add-repository`. */
          addRepository?: string;
          /** Default `template:default/cpin-add-environment`. */
          addEnvironment?: string;
        };
      };
    };
  };
}
