import type { ConsoleServices } from '../console/services';
import { StateFile } from '../console/store/persistence';
import { applyDemoToolStates, seedDemo } from '../seed/demoSeed';
import { seedPlatform } from '../seed/platformSeed';
import { seedScale } from '../seed/scaleSeed';
import type { SandboxOptions } from './sandboxTypes';
import type { ToolWorldContract } from './toolWorldContract';

function seedKind(seed: SandboxOptions['seed']): string {
  if (seed === undefined || seed === 'demo') return 'demo';
  if (seed === 'none') return 'none';
  return 'scale';
}

/**
 * Fills the console: restores the state file when there is one, otherwise
 * runs the requested seed. Returns the state file, already watching.
 */
export async function buildWorld(context: {
  options: SandboxOptions;
  publicUrl: string;
  services: ConsoleServices;
  tools: ToolWorldContract;
}): Promise<StateFile | undefined> {
  const { options, publicUrl, services, tools } = context;
  const { store, settings } = services.deps;
  const stateFile = options.stateFile
    ? new StateFile(store, options.stateFile, publicUrl, {
        seed: seedKind(options.seed),
      })
    : undefined;
  const restored = stateFile ? await stateFile.load() : undefined;
  if (restored) {
    await rebuildToolObjects(restored, services, tools);
    if (restored.seed === 'demo') {
      applyDemoToolStates(settings, tools.demo, services.deps.store);
    }
  } else if (options.seed === undefined || options.seed === 'demo') {
    await seedDemo(services, { publicUrl, demo: tools.demo });
  } else if (options.seed === 'none') {
    await store.withDeterministicIds(async () =>
      seedPlatform(services, publicUrl),
    );
  } else {
    await seedScale(services, { publicUrl, scale: options.seed.scale });
  }
  stateFile?.watch();
  return stateFile;
}

/**
 * Tool fakes keep no state across restarts: after restoring the console
 * state, replay the provisioning of each live project straight into the
 * tools (no log row, no status change). Generated (scale) worlds skip this;
 * their projects get tool objects when their hooks are replayed.
 */
async function rebuildToolObjects(
  meta: Record<string, unknown>,
  services: ConsoleServices,
  tools: ToolWorldContract,
): Promise<void> {
  const { store, provisioning } = services.deps;
  if (meta.seed === 'scale') return;
  for (const project of store.projects.all()) {
    if (project.status === 'archived') continue;
    await tools.provisioner.upsertProject(provisioning.snapshot(project.id));
  }
}
