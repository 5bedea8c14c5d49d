/**
 * Local stand-ins for the tools of the Cloud π Native platform (GitLab, Vault,
 * SonarQube, Argo CD, Kubernetes, Grafana, Harbor) and the provisioner that fills
 * them like the console's plugins do. See README.md.
 */
export { createToolWorld } from './createToolWorld';
export type { ToolWorld, ToolWorldOptions } from './createToolWorld';
export { TOOL_CREDENTIALS } from './credentials';
