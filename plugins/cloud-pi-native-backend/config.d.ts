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
       * `replay-hooks`, `see-secrets`, `manage`, `platform-admin`.
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
    };
  };
}
