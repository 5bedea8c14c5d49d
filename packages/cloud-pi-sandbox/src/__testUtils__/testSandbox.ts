import {
  createSandbox,
  type Sandbox,
  type SandboxOptions,
} from '../sandbox/createSandbox';
import { consoleClient } from './consoleClient';
import {
  createFakeToolWorld,
  type RecordingProvisioner,
} from './fakeToolWorld';

/** A sandbox on an ephemeral port with recording tool fakes. */
export interface TestSandbox {
  sandbox: Sandbox;
  provisioner: RecordingProvisioner;
  demoCalls: unknown[][];
  call: ReturnType<typeof consoleClient>;
  /** The PAT of a demo user, by e-mail. */
  pat(email: string): { token: string };
}

/** Starts a sandbox for a test file (stop it in `afterAll`). */
export async function startTestSandbox(
  options: SandboxOptions = {},
): Promise<TestSandbox> {
  const fake = createFakeToolWorld();
  const sandbox = await createSandbox(
    { port: 0, seed: 'demo', ...options },
    fake.factory,
  );
  return {
    sandbox,
    provisioner: fake.provisioner,
    demoCalls: fake.demoCalls,
    call: consoleClient(sandbox.urls.console),
    pat(email) {
      const user = sandbox.credentials.users.find(u => u.email === email);
      if (!user?.pat) throw new Error(`No PAT for ${email}`);
      return { token: user.pat };
    },
  };
}

/** E-mails of the demo users, by role. */
export const DEMO = {
  admin: 'admin@cloud-pi.fr',
  owner: 'alice.martin@interieur.gouv.fr',
  devops: 'bob.durand@interieur.gouv.fr',
  developer: 'claire.petit@interieur.gouv.fr',
  readonly: 'david.moreau@interieur.gouv.fr',
  nobody: 'eve.nobody@interieur.gouv.fr',
  realmOnly: 'frank.nouveau@interieur.gouv.fr',
} as const;
