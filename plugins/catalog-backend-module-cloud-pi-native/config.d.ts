import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /**
       * Cloud π Native entity providers, keyed by provider id. Each one imports
       * the projects of one console (a `cloudPiNative.instances[]` entry) as
       * Systems, Groups, Components and Resources.
       */
      cloudPiNative?: {
        [id: string]: {
          /**
           * Name of the `cloudPiNative.instances[]` entry to read. Optional when
           * exactly one instance is configured.
           */
          instance?: string;
          /**
           * Namespace of every emitted entity. Defaults to the instance name, so
           * that the same slug on two consoles never collides. Must be a valid
           * entity namespace (`[a-z0-9-]`, at most 63 characters).
           */
          entityNamespace?: string;
          /**
           * When to read the console. Defaults to every 30 minutes, with a
           * 10 minute timeout and a 15 second initial delay.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
          /** Which projects to import. Every filter must match. */
          filters?: {
            /**
             * Only import projects with one of these statuses. Archived projects
             * are imported only when this list names `archived`.
             */
            statuses?: Array<
              'initializing' | 'created' | 'failed' | 'warning' | 'archived'
            >;
            /**
             * Never import projects with these statuses. `archived` is always
             * excluded unless `statuses` names it.
             */
            excludeStatuses?: Array<
              'initializing' | 'created' | 'failed' | 'warning' | 'archived'
            >;
            /**
             * Locked projects: `include` them (default), `exclude` them, or
             * import `only` them.
             */
            locked?: 'include' | 'exclude' | 'only';
            /** Regular expression the project name must match. */
            projectNamePattern?: string;
            /** Regular expression the project slug must match. */
            slugPattern?: string;
            /** Regular expression the project slug must not match. */
            excludeSlugPattern?: string;
          };
          /**
           * Maximum number of console requests in flight during a refresh.
           * Defaults to the instance's `concurrency` (8).
           */
          concurrency?: number;
          /**
           * Also emit one Group per project role (`cpin-<slug>-<role>`), with
           * its OIDC group and permission bitfield. Default false.
           */
          roleGroups?: boolean;
          /**
           * Owner of the platform entities (clusters and zones), as an entity
           * reference. Default `group:<entityNamespace>/cpin-platform`.
           */
          platformOwner?: string;
          /**
           * Protects the catalog from a bad answer of the console (`200 []`,
           * a project list missing most projects). A run whose full mutation
           * would remove more than `maxShare` of this provider's entities, or
           * every project it imported, is refused and logged as an error,
           * unless a second read of the project list proves the removal: the
           * missing projects are archived, or no longer selected by the
           * filters.
           */
          removalGuard?: {
            /**
             * Largest share of the provider's entities (0 to 1) one run may
             * remove without proof. Default 0.2 (20%). `1` turns the guard off.
             */
            maxShare?: number;
          };
        };
      };
    };
  };
}
