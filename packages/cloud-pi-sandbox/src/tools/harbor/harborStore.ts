import type { Clock } from '../shared/clock';
import { seededRandom, sha256Hex } from '../shared/seeded';

/** Trivy's severity counts as Harbor keeps them (`Critical`, `High`…). */
export interface VulnerabilityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  fixable: number;
}

/** A finished Trivy scan, or one still running. */
export interface ScanRecord {
  reportId: string;
  status: 'Success' | 'Running' | 'Pending' | 'Error';
  counts: VulnerabilityCounts;
  startTime: Date;
  endTime: Date;
}

/** A cosign signature pushed next to an artifact (Harbor accessory). */
export interface SignatureRecord {
  id: number;
  digest: string;
  size: number;
  createdAt: Date;
}

/** An image manifest of a repository. */
export interface ArtifactRecord {
  id: number;
  digest: string;
  size: number;
  pushTime: Date;
  tags: Array<{ id: number; name: string; pushTime: Date }>;
  signature?: SignatureRecord;
  scan?: ScanRecord;
}

/** A repository, `<project>/<image>`. */
export interface RepositoryRecord {
  id: number;
  projectId: number;
  name: string;
  createdAt: Date;
  updateTime: Date;
  pullCount: number;
  artifacts: ArtifactRecord[];
}

/** A Harbor project. */
export interface HarborProjectRecord {
  id: number;
  name: string;
  createdAt: Date;
  updateTime: Date;
  repositories: Map<string, RepositoryRecord>;
}

/** What a push carries besides the image itself. */
export interface PushOptions {
  /** cosign signs it after the push (the platform's rule). Default true. */
  signed?: boolean;
  pushTime?: Date;
}

/**
 * State of the Harbor fake: projects, repositories and artifacts with their
 * tags, cosign signatures and Trivy scans. Pushing the same tag again is a
 * no-op (a demo state set on it stays), so provisioning stays idempotent.
 */
export class HarborStore {
  private readonly projects = new Map<string, HarborProjectRecord>();
  private nextProjectId = 2; // 1 is Harbor's `library`
  private nextRepositoryId = 1;
  private nextArtifactId = 1;
  private nextTagId = 1;

  constructor(private readonly clock: Clock) {}

  projectByName(name: string): HarborProjectRecord | undefined {
    return this.projects.get(name);
  }

  projectById(id: number): HarborProjectRecord | undefined {
    return [...this.projects.values()].find(p => p.id === id);
  }

  /** Creates the project if missing (the registry plugin's upsert). */
  ensureProject(name: string): HarborProjectRecord {
    let project = this.projects.get(name);
    if (!project) {
      const now = this.clock();
      project = {
        id: this.nextProjectId++,
        name,
        createdAt: now,
        updateTime: now,
        repositories: new Map(),
      };
      this.projects.set(name, project);
    }
    return project;
  }

  deleteProject(name: string): boolean {
    return this.projects.delete(name);
  }

  /**
   * Pushes `<project>/<image>:<tag>`, as the CI's kaniko job does, then
   * signs it (cosign job) and scans it (Harbor's scan on push).
   */
  push(
    projectName: string,
    image: string,
    tag: string,
    options: PushOptions = {},
  ): ArtifactRecord {
    const project = this.ensureProject(projectName);
    const name = `${projectName}/${image}`;
    const now = options.pushTime ?? this.clock();
    let repository = project.repositories.get(name);
    if (!repository) {
      repository = {
        id: this.nextRepositoryId++,
        projectId: project.id,
        name,
        createdAt: now,
        updateTime: now,
        pullCount: 0,
        artifacts: [],
      };
      project.repositories.set(name, repository);
    }
    const digest = `sha256:${sha256Hex(`${name}:${tag}`)}`;
    let artifact = repository.artifacts.find(a => a.digest === digest);
    if (!artifact) {
      artifact = {
        id: this.nextArtifactId++,
        digest,
        size: 20_000_000 + Math.floor(seededRandom(digest)() * 80_000_000),
        pushTime: now,
        tags: [{ id: this.nextTagId++, name: tag, pushTime: now }],
      };
      repository.artifacts.push(artifact);
      repository.updateTime = now;
      project.updateTime = now;
      if (options.signed !== false) this.setSigned(artifact, true);
      artifact.scan = scanOf(artifact, generatedCounts(digest));
    }
    return artifact;
  }

  /** Replaces the scan result of an artifact (a new scan). */
  setScan(artifact: ArtifactRecord, counts: VulnerabilityCounts): void {
    artifact.scan = scanOf(artifact, counts);
  }

  /** Adds or removes the cosign signature of an artifact. */
  setSigned(artifact: ArtifactRecord, signed: boolean): void {
    if (!signed) {
      artifact.signature = undefined;
      return;
    }
    artifact.signature ??= {
      id: this.nextArtifactId++,
      digest: `sha256:${sha256Hex(`cosign:${artifact.digest}`)}`,
      size: 248,
      createdAt: artifact.pushTime,
    };
  }
}

/** A scan finished right after the push. */
function scanOf(
  artifact: ArtifactRecord,
  counts: VulnerabilityCounts,
): ScanRecord {
  return {
    reportId: sha256Hex(`report:${artifact.digest}`).slice(0, 32),
    status: 'Success',
    counts,
    startTime: artifact.pushTime,
    endTime: new Date(artifact.pushTime.getTime() + 42_000),
  };
}

/** Plausible counts for a base image: a few high and medium, no critical. */
function generatedCounts(digest: string): VulnerabilityCounts {
  const random = seededRandom(`trivy:${digest}`);
  const high = Math.floor(random() * 3);
  const medium = 2 + Math.floor(random() * 8);
  const low = 5 + Math.floor(random() * 20);
  return {
    critical: 0,
    high,
    medium,
    low,
    fixable: high + Math.floor(medium / 2),
  };
}

/** Total number of vulnerabilities of a scan. */
export function totalOf(counts: VulnerabilityCounts): number {
  return counts.critical + counts.high + counts.medium + counts.low;
}
