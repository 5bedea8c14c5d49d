import type { MetricsService } from '@backstage/backend-plugin-api/alpha';

/** How a refresh ended. */
export type CloudPiRefreshOutcome = 'success' | 'failed' | 'refused';

/** Projects of a successful refresh, by how they were imported. */
export interface CloudPiProjectCounts {
  /** Read in full in this run. */
  fresh: number;
  /** Imported from the entities of their last good run. */
  stale: number;
  /** Failed, with nothing to keep. */
  skipped: number;
}

/**
 * The provider's OpenTelemetry metrics, through the catalog plugin's
 * metrics service, each with the provider name as the `provider` attribute:
 *
 * - `cloud_pi_native.catalog.refreshes` (counter, `outcome`: success, failed, refused);
 * - `cloud_pi_native.catalog.last_success` and `.last_failure` (gauges, Unix time in seconds);
 * - `cloud_pi_native.catalog.entities` (gauge, entities of the last applied mutation);
 * - `cloud_pi_native.catalog.projects` (gauge, `state`: fresh, stale, skipped);
 * - `cloud_pi_native.catalog.refresh.duration` (histogram, seconds);
 * - `cloud_pi_native.catalog.project_refreshes` (counter of targeted
 *   refreshes, `outcome`, and `state`: present, unselected, absent);
 * - `cloud_pi_native.catalog.project_refresh.duration` (histogram, seconds);
 * - `cloud_pi_native.catalog.project_refresh.console_requests` (histogram).
 */
export class CloudPiRefreshMetrics {
  private readonly attributes: { provider: string };

  static create(metrics: MetricsService | undefined, provider: string) {
    return new CloudPiRefreshMetrics(metrics, provider);
  }

  private readonly refreshes;
  private readonly lastSuccess;
  private readonly lastFailure;
  private readonly entities;
  private readonly projects;
  private readonly duration;
  private readonly projectRefreshes;
  private readonly projectDuration;
  private readonly projectRequests;

  private constructor(metrics: MetricsService | undefined, provider: string) {
    this.attributes = { provider };
    const prefix = 'cloud_pi_native.catalog';
    this.refreshes = metrics?.createCounter(`${prefix}.refreshes`, {
      description: 'Refreshes of the Cloud π Native provider, by outcome',
    });
    this.lastSuccess = metrics?.createGauge(`${prefix}.last_success`, {
      description: 'Time of the last refresh that updated the catalog',
      unit: 's',
    });
    this.lastFailure = metrics?.createGauge(`${prefix}.last_failure`, {
      description: 'Time of the last refresh that failed or was refused',
      unit: 's',
    });
    this.entities = metrics?.createGauge(`${prefix}.entities`, {
      description: 'Entities written by the last applied mutation',
    });
    this.projects = metrics?.createGauge(`${prefix}.projects`, {
      description:
        'Projects of the last applied mutation: fresh, stale (last good state) or skipped',
    });
    this.duration = metrics?.createHistogram(`${prefix}.refresh.duration`, {
      description: 'Duration of a refresh',
      unit: 's',
    });
    this.projectRefreshes = metrics?.createCounter(
      `${prefix}.project_refreshes`,
      { description: 'Targeted refreshes of one project, by outcome' },
    );
    this.projectDuration = metrics?.createHistogram(
      `${prefix}.project_refresh.duration`,
      { description: 'Duration of a targeted refresh', unit: 's' },
    );
    this.projectRequests = metrics?.createHistogram(
      `${prefix}.project_refresh.console_requests`,
      { description: 'Console requests of a targeted refresh' },
    );
  }

  /** Records a targeted refresh that brought the catalog up to date. */
  projectRefreshed(state: string, ms: number, requests: number) {
    this.projectEnded({ outcome: 'success', state }, ms, requests);
  }

  /** Records a targeted refresh that changed nothing. */
  projectRefreshFailed(
    outcome: 'failed' | 'refused',
    ms: number,
    requests: number,
  ) {
    this.projectEnded({ outcome }, ms, requests);
  }

  private projectEnded(
    labels: { outcome: CloudPiRefreshOutcome; state?: string },
    ms: number,
    requests: number,
  ) {
    const attributes = { ...this.attributes, ...labels };
    this.projectRefreshes?.add(1, attributes);
    this.projectDuration?.record(ms / 1000, attributes);
    this.projectRequests?.record(requests, attributes);
  }

  /** Records a refresh that applied its mutation. */
  succeeded(entities: number, projects: CloudPiProjectCounts, ms: number) {
    this.ended('success', ms);
    this.lastSuccess?.record(Date.now() / 1000, this.attributes);
    this.entities?.record(entities, this.attributes);
    for (const [state, count] of Object.entries(projects)) {
      this.projects?.record(count, { ...this.attributes, state });
    }
  }

  /** Records a refresh that changed nothing: failed, or refused by the removal guard. */
  failed(outcome: 'failed' | 'refused', ms: number) {
    this.ended(outcome, ms);
    this.lastFailure?.record(Date.now() / 1000, this.attributes);
  }

  private ended(outcome: CloudPiRefreshOutcome, ms: number) {
    this.refreshes?.add(1, { ...this.attributes, outcome });
    this.duration?.record(ms / 1000, { ...this.attributes, outcome });
  }
}
