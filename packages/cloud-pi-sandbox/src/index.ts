/**
 * The Cloud π Native sandbox: a faithful local stand-in of the platform
 * (console 9.24 API, Keycloak-style realm, GitLab, Vault, SonarQube, Argo CD,
 * Kubernetes and Grafana fakes) on one port, with demo and generated worlds
 * and fault injection, for the portal's demo and the integration tests.
 *
 * @packageDocumentation
 */
export { startSandbox } from './startSandbox';
export { DEFAULT_REDIRECT_URIS } from './sandbox/createSandbox';
export type {
  Sandbox,
  SandboxCredentials,
  SandboxOptions,
  SandboxUrls,
  SandboxUserCredentials,
} from './sandbox/createSandbox';
export type { ToolCredentials } from './sandbox/toolWorldContract';
export type { IssueAccessTokenOptions } from './oidc/createSandboxOidc';
export { FaultController } from './faults/FaultController';
export { faultActionSchema, faultRuleInputSchema } from './faults/faultRules';
export type {
  FaultAction,
  FaultRule,
  FaultRuleInput,
} from './faults/faultRules';
export type { RequestStatsSnapshot } from './faults/RequestStats';
export {
  SANDBOX_DEMO_CREDENTIALS,
  SANDBOX_DEMO_USERS,
} from './demo/demoCredentials';
export type { DemoUserRole, SandboxDemoUser } from './demo/demoCredentials';
export type { ScaleSeedOptions } from './seed/scaleSeed';
export {
  SANDBOX_CONSOLE_VERSION,
  SANDBOX_PATHS,
  SANDBOX_REALM,
} from './settings';
export type {
  EnvironmentSnapshot,
  PlatformSettings,
  ProjectSnapshot,
  ProvisionResult,
  Provisioner,
} from './types';
