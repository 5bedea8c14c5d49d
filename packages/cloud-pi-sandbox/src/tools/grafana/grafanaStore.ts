import type { StageKind } from '@cpin/plugin-cloud-pi-native-common';

/** A project's Grafana instance for one stage kind (`<kind>-<slug>`). */
export interface GrafanaInstance {
  name: string;
  kind: StageKind;
  slug: string;
  projectId: string;
  tenant: string;
  /** Keycloak groups mapped to Editor (RW) and Viewer (RO). */
  groups: [string, string];
}

/** What Grafana reads of a dashboard JSON. */
export interface GrafanaDashboard {
  uid: string;
  title: string;
  tags: string[];
}

/**
 * Dashboards every instance ships (`dso-grafana` chart defaults): title, tags
 * and uid as in cloud-pi-native/helm-charts charts/dso-grafana/dashboards/*.json
 * (commit 7082b12).
 */
export const DEFAULT_DASHBOARDS: ReadonlyArray<
  GrafanaDashboard & { file: string }
> = [
  {
    file: 'k8s-logs',
    uid: 'lokik8slogsexploitteam',
    title: 'Loki Kubernetes Logs',
    tags: [],
  },
  {
    file: 'k8s-resources-namespace',
    uid: 'k8s_views_ns',
    title: 'Kubernetes / Views / Namespaces',
    tags: ['Kubernetes', 'Prometheus'],
  },
  {
    file: 'falco-dashboard',
    uid: 'ee5tmd33lk3k0a',
    title: 'Falcosidekick',
    tags: ['Security', 'Falco', 'Reports'],
  },
  {
    file: 'kyverno-policy-reporter',
    uid: 'kyvernopolicyreport',
    title: 'PolicyReport Details',
    tags: ['Security', 'Kyverno', 'Reports'],
  },
  {
    file: 'security-overview',
    uid: 'securityoverview',
    title: 'Security Overview',
    tags: ['Security', 'Falco', 'Kyverno', 'Trivy'],
  },
  {
    file: 'trivy-dashboard',
    uid: 'security_trivy_operator',
    title: 'Trivy Operator - Vulnerabilities',
    tags: ['Security', 'Trivy'],
  },
];

/** State of a Grafana-managed alert instance. */
export type GrafanaAlertState =
  | 'Normal'
  | 'Pending'
  | 'Alerting'
  | 'NoData'
  | 'Error';

/** A Grafana-managed alert rule (created in the UI, as the platform's docs advise) and its one instance. */
export interface GrafanaAlertRule {
  uid: string;
  title: string;
  group: string;
  labels: Record<string, string>;
  summary: string;
  state: GrafanaAlertState;
}

/** Grafana instances the observability provisioning declared, by name. */
export class GrafanaStore {
  readonly instances = new Map<string, GrafanaInstance>();
  /** Alert rules by instance name (demo data: the platform creates none). */
  readonly alertRules = new Map<string, GrafanaAlertRule[]>();
}
