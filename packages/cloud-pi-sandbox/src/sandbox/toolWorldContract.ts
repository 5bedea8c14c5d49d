import type { Router } from 'express';
import type { DemoStateHooks } from '../seed/demoSeed';
import type { PlatformSettings, Provisioner } from '../types';

/** Credentials of the tool fakes. @public */
export interface ToolCredentials {
  gitlabToken: string;
  vaultToken: string;
  sonarqubeToken: string;
  argocd: { username: string; password: string };
  kubernetesToken: string;
  grafanaToken: string;
  harbor: { username: string; password: string };
}

/**
 * What the sandbox needs from the tool fakes (`src/tools`): one router per
 * tool, the provisioner the console calls, their credentials and the demo
 * controls. Mirrors the contract `createToolWorld` implements.
 */
export interface ToolWorldContract {
  gitlab: Router;
  vault: Router;
  sonarqube: Router;
  argocd(zoneSlug: string): Router;
  kubernetes(clusterLabel: string): Router;
  grafana: Router;
  harbor: Router;
  provisioner: Provisioner;
  credentials: ToolCredentials;
  demo: DemoStateHooks;
}

/** Builds the tool fakes for a platform. */
export type ToolWorldFactory = (
  settings: PlatformSettings,
) => ToolWorldContract;
