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

/** Dashboards every instance ships (`dso-grafana` defaults). */
export const DEFAULT_DASHBOARDS = [
  'k8s-logs',
  'k8s-resources-namespace',
  'falco-dashboard',
  'kyverno-policy-reporter',
  'security-overview',
  'trivy-dashboard',
];

/** Grafana instances the observability provisioning declared, by name. */
export class GrafanaStore {
  readonly instances = new Map<string, GrafanaInstance>();
}
