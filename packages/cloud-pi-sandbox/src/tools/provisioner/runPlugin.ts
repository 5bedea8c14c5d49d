import { performance } from 'node:perf_hooks';
import type { ProvisionResult } from '../../types';

/**
 * Runs one plugin's work like the console's `capturePluginResult`: never
 * throws, reports `KO` with the error message, and measures the time taken.
 */
export async function runPlugin(
  plugin: string,
  work: () => string | undefined | Promise<string | undefined>,
): Promise<ProvisionResult> {
  const start = performance.now();
  try {
    const message = await work();
    return {
      plugin,
      status: 'OK',
      message: message ?? 'Ok',
      executionTime: elapsed(start),
    };
  } catch (error) {
    return {
      plugin,
      status: 'KO',
      message: error instanceof Error ? error.message : String(error),
      executionTime: elapsed(start),
    };
  }
}

function elapsed(start: number): number {
  return Math.round((performance.now() - start) * 100) / 100;
}
