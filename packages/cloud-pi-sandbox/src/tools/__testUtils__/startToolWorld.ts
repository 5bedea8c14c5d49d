import type { PlatformSettings } from '../../types';
import {
  createToolWorld,
  type ToolWorld,
  type ToolWorldOptions,
} from '../createToolWorld';
import { startHttpServer } from './startHttpServer';

/** A tool world served over HTTP, mounted like the sandbox server mounts it. */
export interface RunningToolWorld {
  url: string;
  settings: PlatformSettings;
  world: ToolWorld;
  close(): Promise<void>;
}

/** Zones and clusters the test fixtures use. */
export const TEST_ZONES = ['default', 'restricted'];
/** @see TEST_ZONES */
export const TEST_CLUSTERS = ['formation-app', 'prod-app'];

/**
 * Starts a server on port 0 and mounts every router under the prefixes of the
 * contract (`/gitlab`, `/vault`, `/sonarqube`, `/argocd/<zone>`,
 * `/kubernetes/<cluster>`, `/grafana`, `/harbor`).
 */
export async function startToolWorld(
  options: ToolWorldOptions = {},
): Promise<RunningToolWorld> {
  const server = await startHttpServer();
  const settings: PlatformSettings = {
    publicUrl: server.url,
    projectsRootDir: 'forge/projects',
    gitlabUrl: `${server.url}/gitlab`,
    grafanaUrl: `${server.url}/grafana`,
    vaultKvName: 'forge-dso',
    consoleVersion: '9.24.0',
  };
  const world = createToolWorld(settings, options);
  server.app.use('/gitlab', world.gitlab);
  server.app.use('/vault', world.vault);
  server.app.use('/sonarqube', world.sonarqube);
  server.app.use('/grafana', world.grafana);
  server.app.use('/harbor', world.harbor);
  for (const zone of TEST_ZONES)
    server.app.use(`/argocd/${zone}`, world.argocd(zone));
  for (const cluster of TEST_CLUSTERS)
    server.app.use(`/kubernetes/${cluster}`, world.kubernetes(cluster));
  return { url: server.url, settings, world, close: server.close };
}

/** A clock tests can move forward. */
export function manualClock(start = new Date('2026-11-28T09:00:00Z')) {
  let now = start.getTime();
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}
