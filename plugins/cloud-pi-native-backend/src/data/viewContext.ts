import { Project } from '@cpin/plugin-cloud-pi-native-common';
import {
  CloudPiInstance,
  CloudPiLimiter,
} from '@cpin/plugin-cloud-pi-native-node';
import type { ProjectViewKind, ProjectViews } from './projectViews';
import { ProjectSources } from './ProjectSources';

/** What a view builder needs: the instance, the project and shared reads. */
export interface ViewContext {
  instance: CloudPiInstance;
  project: Project;
  sources: ProjectSources;
  /** Bounds the tool calls of the instance across every view being built. */
  limit: CloudPiLimiter;
  partTimeoutMs: number;
  now(): Date;
  /**
   * Another view of the same project, from the cache (built on a miss):
   * views built from others add no upstream call of their own for them.
   */
  otherView<K extends ProjectViewKind>(kind: K): Promise<ProjectViews[K]>;
}

/** A built view: JSON data, and whether a part of it could not be read. */
export interface BuiltView<T> {
  value: T;
  /** Cached for a shorter time, so the missing part comes back quickly. */
  degraded: boolean;
}

/** Normalises a timestamp to ISO 8601 UTC (`Z`), or `null` if unreadable. */
export function toIsoDateTime(value: string | undefined | null): string | null {
  if (!value) return null;
  // SonarQube writes offsets without a colon (`+0000`).
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
