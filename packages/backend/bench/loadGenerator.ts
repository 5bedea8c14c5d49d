/*
 * The benchmark's load generator. It runs in a child process of its own so
 * that its CPU use does not slow the backend or the sandbox down.
 */
import { ChildProcess, fork } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** One view: the requests a card (or a page) makes at once, as one user. */
export interface View {
  urls: string[];
  authorization: string;
}

/** What the load generator measured for a list of views. */
export interface LoadResult {
  /** Time from the first request of each view to the answer of its last. */
  viewMs: number[];
  elapsedMs: number;
  /** Non-200 answers (and failed cards of a batched answer), by label. */
  failures: Record<string, number>;
}

interface Answer {
  status: number;
  body: string;
}

function get(
  agent: http.Agent,
  url: string,
  authorization: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { authorization } }, response => {
        const chunks: Buffer[] = [];
        response.on('data', chunk => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** The label of a failure: the route's last segment and the status. */
function failuresOf(url: string, answer: Answer): string[] {
  const route = new URL(url).pathname.split('/').slice(-1)[0];
  if (answer.status !== 200) return [`${route} ${answer.status}`];
  if (!new URL(url).pathname.endsWith('/cards')) return [];
  // The batched route answers 200 with each card's own outcome.
  const { cards } = JSON.parse(answer.body) as {
    cards: Record<string, { status: number }>;
  };
  return Object.entries(cards)
    .filter(([, card]) => card.status !== 200)
    .map(([kind, card]) => `cards/${kind} ${card.status}`);
}

/** Loads the views with `concurrency` users, each view after the previous one. */
async function load(views: View[], concurrency: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const viewMs: number[] = [];
  const failures: Record<string, number> = {};
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < views.length) {
        const view = views[next++];
        const t0 = performance.now();
        await Promise.all(
          view.urls.map(async url => {
            const labels = await get(agent, url, view.authorization).then(
              answer => failuresOf(url, answer),
              (error: NodeJS.ErrnoException) => [`${error.code ?? error}`],
            );
            for (const label of labels) {
              failures[label] = (failures[label] ?? 0) + 1;
            }
          }),
        );
        viewMs.push(performance.now() - t0);
      }
    }),
  );
  const elapsedMs = performance.now() - startedAt;
  agent.destroy();
  return { viewMs, elapsedMs, failures };
}

const RESULT = 'cpin-real-bench-result';

/** The parent's handle on the load generator process. */
export class LoadGenerator {
  #pending?: { resolve(result: LoadResult): void; reject(error: Error): void };

  private constructor(private readonly child: ChildProcess) {
    // The TypeScript loader uses the same channel for its own messages.
    child.on('message', (message: { type?: string; result?: LoadResult }) => {
      if (message?.type !== RESULT) return;
      this.#pending?.resolve(message.result!);
      this.#pending = undefined;
    });
    child.on('error', error => {
      this.#pending?.reject(error);
      this.#pending = undefined;
    });
  }

  static start(): LoadGenerator {
    const child = fork(__filename, ['--load-generator'], {
      execArgv: [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      ],
      stdio: 'inherit',
    });
    return new LoadGenerator(child);
  }

  /** Loads the views; one run at a time. */
  run(views: View[], concurrency: number): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.child.send({ views, concurrency });
    });
  }

  stop(): void {
    this.child.kill();
  }
}

if (process.argv.includes('--load-generator')) {
  process.on('message', async message => {
    const { views, concurrency } = message as {
      views: View[];
      concurrency: number;
    };
    process.send!({ type: RESULT, result: await load(views, concurrency) });
  });
}
