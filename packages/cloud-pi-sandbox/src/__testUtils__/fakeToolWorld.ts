import type { DemoControls } from '../tools/demoControls';
import { Router } from 'express';
import type { ToolWorldContract } from '../sandbox/toolWorldContract';
import type {
  PlatformSettings,
  ProjectSnapshot,
  ProvisionResult,
  Provisioner,
} from '../types';

/** A provisioning call the fake recorded. */
export interface RecordedCall {
  method: 'upsertProject' | 'deleteProject' | 'syncRepository';
  slug: string;
  snapshot: ProjectSnapshot;
  repositoryName?: string;
  options?: { syncAllBranches: boolean; branchName?: string };
}

const PLUGINS = ['argocd', 'gitlab', 'keycloak', 'sonarqube', 'vault'];

/**
 * A provisioner for the console's own tests: records every call and answers
 * OK for each plugin, unless told to fail one (once or until cleared).
 */
export class RecordingProvisioner implements Provisioner {
  readonly calls: RecordedCall[] = [];
  #failures: Array<{ plugin: string; message: string; remaining: number }> = [];

  /** Reports `plugin` as KO for the next `times` calls (any method). */
  fail(plugin: string, message: string, times = 1): void {
    this.#failures.push({ plugin, message, remaining: times });
  }

  /** Makes `upsertProject` reject (a broken listener). */
  throwOnNextUpsert: Error | undefined;

  async upsertProject(snapshot: ProjectSnapshot): Promise<ProvisionResult[]> {
    this.calls.push({
      method: 'upsertProject',
      slug: snapshot.project.slug,
      snapshot,
    });
    if (this.throwOnNextUpsert) {
      const error = this.throwOnNextUpsert;
      this.throwOnNextUpsert = undefined;
      throw error;
    }
    return this.#results();
  }

  async deleteProject(snapshot: ProjectSnapshot): Promise<ProvisionResult[]> {
    this.calls.push({
      method: 'deleteProject',
      slug: snapshot.project.slug,
      snapshot,
    });
    return this.#results();
  }

  async syncRepository(
    snapshot: ProjectSnapshot,
    repositoryName: string,
    options: { syncAllBranches: boolean; branchName?: string },
  ): Promise<ProvisionResult[]> {
    this.calls.push({
      method: 'syncRepository',
      slug: snapshot.project.slug,
      snapshot,
      repositoryName,
      options,
    });
    return this.#results(['gitlab']);
  }

  /** Calls for one project slug. */
  callsFor(slug: string): RecordedCall[] {
    return this.calls.filter(c => c.slug === slug);
  }

  #results(plugins = PLUGINS): ProvisionResult[] {
    return plugins.map(plugin => {
      const failure = this.#failures.find(
        f => f.plugin === plugin && f.remaining > 0,
      );
      if (failure) {
        failure.remaining--;
        this.#failures = this.#failures.filter(f => f.remaining > 0);
        return {
          plugin,
          status: 'KO',
          message: failure.message,
          executionTime: 1,
        };
      }
      return { plugin, status: 'OK', executionTime: 1 };
    });
  }
}

function echoRouter(tool: string, key?: string): Router {
  const router = Router();
  router.use((req, res) => {
    res.json({ tool, key, path: req.path });
  });
  return router;
}

/** A fake tool world: echo routers, the recording provisioner, demo calls. */
export function createFakeToolWorld(): {
  factory: (settings: PlatformSettings) => ToolWorldContract;
  provisioner: RecordingProvisioner;
  demoCalls: unknown[][];
  settings: () => PlatformSettings | undefined;
} {
  const provisioner = new RecordingProvisioner();
  const demoCalls: unknown[][] = [];
  let received: PlatformSettings | undefined;
  return {
    provisioner,
    demoCalls,
    settings: () => received,
    factory: settings => {
      received = settings;
      return {
        gitlab: echoRouter('gitlab'),
        vault: echoRouter('vault'),
        sonarqube: echoRouter('sonarqube'),
        grafana: echoRouter('grafana'),
        argocd: zone => echoRouter('argocd', zone),
        kubernetes: cluster => echoRouter('kubernetes', cluster),
        provisioner,
        harbor: echoRouter('harbor'),
        credentials: {
          harbor: { username: 'admin', password: 'fake-harbor' },
          gitlabToken: 'fake-gitlab',
          vaultToken: 'fake-vault',
          sonarqubeToken: 'fake-sonar',
          argocd: { username: 'admin', password: 'fake-argocd' },
          kubernetesToken: 'fake-kube',
          grafanaToken: 'fake-grafana',
        },
        // Records every demo control call: `[name, ...args]`.
        demo: new Proxy({} as DemoControls, {
          get:
            (_target, name) =>
            (...args: unknown[]) => {
              demoCalls.push([String(name), ...args]);
            },
        }),
      };
    },
  };
}
