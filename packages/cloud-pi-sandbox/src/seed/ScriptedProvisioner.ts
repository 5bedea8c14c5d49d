import type { ProjectSnapshot, ProvisionResult, Provisioner } from '../types';

/**
 * Wraps a provisioner and adds a scripted failure to the next upsert, so the
 * seed can produce a `failed` project through the real event path (status
 * update and log row) while the tools still receive every call.
 */
export class ScriptedProvisioner implements Provisioner {
  readonly #inner: Provisioner;
  #nextFailure: ProvisionResult | undefined;

  constructor(inner: Provisioner) {
    this.#inner = inner;
  }

  /** Makes the next `upsertProject` report `plugin` as KO with `message`. */
  failNextUpsert(plugin: string, message: string): void {
    this.#nextFailure = { plugin, status: 'KO', message, executionTime: 0 };
  }

  async upsertProject(snapshot: ProjectSnapshot): Promise<ProvisionResult[]> {
    const results = await this.#inner.upsertProject(snapshot);
    const failure = this.#nextFailure;
    this.#nextFailure = undefined;
    if (!failure) return results;
    return [...results.filter(r => r.plugin !== failure.plugin), failure];
  }

  deleteProject(snapshot: ProjectSnapshot): Promise<ProvisionResult[]> {
    return this.#inner.deleteProject(snapshot);
  }

  syncRepository(
    snapshot: ProjectSnapshot,
    repositoryName: string,
    options: { syncAllBranches: boolean; branchName?: string },
  ): Promise<ProvisionResult[]> {
    return this.#inner.syncRepository(snapshot, repositoryName, options);
  }
}
