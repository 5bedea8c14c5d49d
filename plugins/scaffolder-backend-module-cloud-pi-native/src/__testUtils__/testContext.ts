import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ActionContext,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { JsonObject, JsonValue } from '@backstage/types';

/** One captured log line. */
export interface CapturedLog {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  meta?: unknown;
}

/** A logger keeping every line (and its children's) for assertions. */
export class CapturingLogger implements LoggerService {
  constructor(readonly lines: CapturedLog[] = []) {}
  error(message: string, meta?: unknown) {
    this.lines.push({ level: 'error', message, meta });
  }
  warn(message: string, meta?: unknown) {
    this.lines.push({ level: 'warn', message, meta });
  }
  info(message: string, meta?: unknown) {
    this.lines.push({ level: 'info', message, meta });
  }
  debug(message: string, meta?: unknown) {
    this.lines.push({ level: 'debug', message, meta });
  }
  child(): LoggerService {
    return new CapturingLogger(this.lines);
  }
  /** Every line at a level. */
  at(level: CapturedLog['level']): string[] {
    return this.lines.filter(l => l.level === level).map(l => l.message);
  }
  /** Everything logged, serialised, to search for leaked values. */
  text(): string {
    return JSON.stringify(this.lines);
  }
}

/** Thrown by {@link CheckpointStore} to simulate a crash of the task. */
export class SimulatedCrash extends Error {
  constructor(key: string) {
    super(`Simulated crash around checkpoint ${key}`);
    this.name = 'SimulatedCrash';
  }
}

/**
 * A checkpoint store shared by several runs of a handler, like the task state
 * the scaffolder keeps across retries and recoveries: a key stored as
 * succeeded is never run again. It can simulate a crash right after a side
 * effect, with the checkpoint saved (`after-save`) or lost (`before-save`).
 */
export class CheckpointStore {
  readonly values = new Map<string, JsonValue>();
  /** Keys whose function actually ran, in order, over every run. */
  readonly executed: string[] = [];
  private crash?: { key: string; when: 'after-save' | 'before-save' };

  /** Crashes once, right after the side effect of the first key starting with `keyPrefix`. */
  crashAfter(keyPrefix: string, when: 'after-save' | 'before-save') {
    this.crash = { key: keyPrefix, when };
  }

  readonly checkpoint = async <T extends JsonValue | void>(opts: {
    key: string;
    fn: () => Promise<T> | T;
  }): Promise<T> => {
    if (this.values.has(opts.key)) return this.values.get(opts.key) as T;
    const value = await opts.fn();
    this.executed.push(opts.key);
    const crash = this.crash?.key && opts.key.startsWith(this.crash.key);
    if (crash && this.crash!.when === 'before-save') {
      this.crash = undefined;
      throw new SimulatedCrash(opts.key);
    }
    // Like the scaffolder: the JSON of the value, `{}` for nothing.
    this.values.set(
      opts.key,
      JSON.parse(JSON.stringify(value ?? {})) as JsonValue,
    );
    if (crash) {
      this.crash = undefined;
      throw new SimulatedCrash(opts.key);
    }
    return value;
  };
}

/** What a test gets to run a handler and inspect its effects. */
export interface TestRun<TInput extends JsonObject> {
  ctx: ActionContext<TInput, any>;
  outputs: Record<string, unknown>;
  logger: CapturingLogger;
}

/** Options of {@link createTestRun}. */
export interface TestRunOptions<TInput extends JsonObject> {
  input: TInput;
  secrets?: Record<string, string>;
  isDryRun?: boolean;
  checkpoints?: CheckpointStore;
  workspacePath?: string;
  userEmail?: string;
}

/** An action context with recorded outputs and logs. */
export function createTestRun<TInput extends JsonObject>(
  options: TestRunOptions<TInput>,
): TestRun<TInput> {
  const logger = new CapturingLogger();
  const outputs: Record<string, unknown> = {};
  const base = createMockActionContext<TInput>({
    input: options.input,
    secrets: options.secrets,
    logger,
    ...(options.workspacePath ? { workspacePath: options.workspacePath } : {}),
    user: options.userEmail
      ? {
          ref: 'user:default/test',
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'User',
            metadata: { name: 'test' },
            spec: { profile: { email: options.userEmail } },
          },
        }
      : undefined,
  });
  // The mock's own checkpoint always runs the function (no replay).
  const ctx: ActionContext<TInput, any> = {
    ...base,
    ...(options.checkpoints
      ? { checkpoint: options.checkpoints.checkpoint }
      : {}),
    isDryRun: options.isDryRun ?? false,
    output: (name: string, value: unknown) => {
      outputs[name] = value;
    },
  };
  return { ctx, outputs, logger };
}

/**
 * Runs an action's handler with a fresh test context. The context (and its
 * secrets) is left out of the result so that failed assertions never print
 * a token.
 */
export async function runAction<TInput extends JsonObject>(
  action: TemplateAction<any, any, any>,
  options: TestRunOptions<TInput>,
): Promise<Omit<TestRun<TInput>, 'ctx'>> {
  const { ctx, outputs, logger } = createTestRun(options);
  await action.handler(ctx);
  return { outputs, logger };
}
