/**
 * Fixed demo credentials of the tool fakes, so the example app-config can
 * reference them. They only open the local sandbox.
 */
export const TOOL_CREDENTIALS = Object.freeze({
  gitlabToken: 'glpat-cpin-sandbox-0000000000',
  vaultToken: 'hvs.cpin-sandbox-root-token',
  sonarqubeToken: 'squ_c0ffee0000000000000000000000000000cpin',
  argocd: Object.freeze({ username: 'admin', password: 'cpin-sandbox-argocd' }),
  kubernetesToken: 'cpin-sandbox-kubernetes-reader-token',
  /** Service account token of every project Grafana (Viewer). */
  grafanaToken: 'glsa_cpinSandboxViewer_00000000000000000000',
  harbor: Object.freeze({ username: 'admin', password: 'cpin-sandbox-harbor' }),
});
