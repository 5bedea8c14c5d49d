/**
 * Types of the links the catalog provider writes on Cloud π entities
 * (`metadata.links[].type`). The titles of these links are the provider's
 * own words, which the frontend replaces with the reader's language; the
 * titles of the console's tool links (GitLab, Vault, Argo CD per zone…) are
 * tool names and are shown as the console gives them.
 *
 * @public
 */
export const CLOUD_PI_LINK_TYPES = {
  /** The project's page in the console. */
  console: 'console',
  /** A cluster's page in the console's administration. */
  consoleAdmin: 'console-admin',
  /** A mirrored repository's upstream (may be public). */
  externalRepository: 'external-repository',
  /** The project's Grafana instance of production environments. */
  grafanaProd: 'grafana-prod',
  /** The project's Grafana instance of non-production environments. */
  grafanaHprod: 'grafana-hprod',
  /** Grafana Explore on an environment's logs. */
  logs: 'logs',
} as const;
