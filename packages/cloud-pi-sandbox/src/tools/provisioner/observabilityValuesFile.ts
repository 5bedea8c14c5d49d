import { parse, stringify } from 'yaml';
import type { GitlabProject, GitlabStore } from '../gitlab/gitlabStore';
import { commitFiles } from './gitlabOps';

/** The file of `observability/observability` holding every project. */
export const OBSERVABILITY_VALUES_FILE = 'helm/values.yaml';

/**
 * The file as an ordered map of per-project YAML chunks, keyed by the blob
 * it was read from: with thousands of projects, re-parsing and re-printing
 * the whole file on every upsert would dominate provisioning time.
 */
const chunksByRepository = new WeakMap<
  GitlabProject,
  { blobId: string; chunks: Map<string, string> }
>();

/**
 * Sets (or, with `null`, removes) `global.projects.<projectId>` and commits
 * the file when it changed.
 */
export function writeObservabilityEntry(
  store: GitlabStore,
  repository: GitlabProject,
  projectId: string,
  entry: Record<string, unknown> | null,
  message: string,
): void {
  const head = repository.repository.branchHead('main');
  const blob = head
    ? repository.repository.treeAt(head.id).get(OBSERVABILITY_VALUES_FILE)
    : undefined;
  let cached = chunksByRepository.get(repository);
  if (!cached || cached.blobId !== blob?.id) {
    const values = (parse(blob?.content.toString('utf8') ?? '') ?? {}) as {
      global?: { projects?: Record<string, unknown> };
    };
    const projects = Object.entries(values.global?.projects ?? {});
    cached = {
      blobId: blob?.id ?? '',
      chunks: new Map(projects.map(([id, value]) => [id, chunk(id, value)])),
    };
  }
  const chunks = new Map(cached.chunks);
  if (entry) chunks.set(projectId, chunk(projectId, entry));
  else chunks.delete(projectId);
  if (
    chunks.get(projectId) === cached.chunks.get(projectId) &&
    chunks.size === cached.chunks.size &&
    blob
  ) {
    chunksByRepository.set(repository, cached);
    return;
  }
  const text = chunks.size
    ? `global:\n  projects:\n${[...chunks.values()].join('')}`
    : 'global:\n  projects: {}\n';
  commitFiles(store, repository, message, {
    [OBSERVABILITY_VALUES_FILE]: text,
  });
  const written = repository.repository
    .treeAt(repository.repository.branchHead('main')!.id)
    .get(OBSERVABILITY_VALUES_FILE);
  chunksByRepository.set(repository, { blobId: written!.id, chunks });
}

function chunk(id: string, value: unknown): string {
  return stringify({ [id]: value })
    .split('\n')
    .filter(line => line.length > 0)
    .map(line => `    ${line}\n`)
    .join('');
}
