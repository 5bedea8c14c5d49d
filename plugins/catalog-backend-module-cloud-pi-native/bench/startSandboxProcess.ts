import { fork } from 'node:child_process';
import { resolve } from 'node:path';

/** What `sandboxProcess.ts` reports once listening. */
export interface SandboxInfo {
  consoleUrl: string;
  controlUrl: string;
  gitlabUrl: string;
  grafanaUrl: string;
  adminToken: string;
  /** A personal token of alice.martin, owner of every tenth project. */
  ownerToken: string;
}

/**
 * Starts the sandbox's scale world in a child process:
 * `[projects, repositoriesPerProject, environmentsPerProject, latencyMs]`.
 */
export function startSandboxProcess(
  args: number[],
): Promise<{ info: SandboxInfo; stop: () => void }> {
  const child = fork(
    resolve(__dirname, 'sandboxProcess.ts'),
    args.map(String),
    {
      execArgv: [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      ],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  return new Promise((done, fail) => {
    // The TypeScript loader also talks over IPC (`{ type: 'watch' }`).
    child.on('message', (message: { type?: string }) => {
      if (message?.type !== 'cpin-sandbox-ready') return;
      done({
        info: message as unknown as SandboxInfo,
        stop: () => child.disconnect(),
      });
    });
    child.once('exit', code => fail(new Error(`sandbox exited with ${code}`)));
  });
}
