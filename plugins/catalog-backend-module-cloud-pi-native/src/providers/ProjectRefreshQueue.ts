import { CloudPiProjectChange, mergeChanges } from './projectListsCache';

interface Pending<R> {
  change: CloudPiProjectChange;
  promise: Promise<R>;
  resolve: (value: R) => void;
  reject: (reason: unknown) => void;
}

/**
 * Runs the targeted refreshes of one project one at a time. Changes that
 * arrive while one runs wait as a single merged refresh (a template that
 * creates a project, two environments and a repository in a row costs two
 * reads, not four), and each read sees the lists the previous one cached.
 */
export class ProjectRefreshQueue<R> {
  readonly #running = new Map<string, { pending?: Pending<R> }>();

  constructor(
    private readonly run: (
      projectId: string,
      change: CloudPiProjectChange,
    ) => Promise<R>,
  ) {}

  /** Resolves with the outcome of the refresh that covers `change`. */
  enqueue(projectId: string, change: CloudPiProjectChange): Promise<R> {
    const job = this.#running.get(projectId);
    if (!job) {
      const entry: { pending?: Pending<R> } = {};
      this.#running.set(projectId, entry);
      return this.#start(projectId, change, entry);
    }
    if (job.pending) {
      job.pending.change = mergeChanges(job.pending.change, change);
      return job.pending.promise;
    }
    let resolve!: (value: R) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<R>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    job.pending = { change, promise, resolve, reject };
    return promise;
  }

  async #start(
    projectId: string,
    change: CloudPiProjectChange,
    entry: { pending?: Pending<R> },
  ): Promise<R> {
    try {
      return await this.run(projectId, change);
    } finally {
      const next = entry.pending;
      entry.pending = undefined;
      if (next) {
        this.#start(projectId, next.change, entry).then(
          next.resolve,
          next.reject,
        );
      } else {
        this.#running.delete(projectId);
      }
    }
  }
}
