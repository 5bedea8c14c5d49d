import type {
  ArtifactRecord,
  HarborProjectRecord,
  RepositoryRecord,
  ScanRecord,
} from './harborStore';
import { totalOf } from './harborStore';

const iso = (date: Date) => date.toISOString();
const projectOf = (repository: RepositoryRecord) =>
  repository.name.slice(0, repository.name.indexOf('/'));
const imageOf = (repository: RepositoryRecord) =>
  repository.name.slice(repository.name.indexOf('/') + 1);

/** The MIME type of Harbor's native vulnerability report. */
export const VULNERABILITY_REPORT =
  'application/vnd.security.vulnerability.report; version=1.1';

/** `Project` of the Harbor v2.0 API. */
export function projectJson(project: HarborProjectRecord) {
  return {
    project_id: project.id,
    owner_id: 1,
    name: project.name,
    creation_time: iso(project.createdAt),
    update_time: iso(project.updateTime),
    deleted: false,
    owner_name: 'admin',
    togglable: true,
    current_user_role_id: 1,
    current_user_role_ids: [1],
    repo_count: project.repositories.size,
    metadata: { public: 'false', auto_scan: 'true', severity: 'low' },
  };
}

/** `Repository` of the Harbor v2.0 API. */
export function repositoryJson(repository: RepositoryRecord) {
  return {
    id: repository.id,
    project_id: repository.projectId,
    name: repository.name,
    description: '',
    artifact_count: repository.artifacts.length,
    pull_count: repository.pullCount,
    creation_time: iso(repository.createdAt),
    update_time: iso(repository.updateTime),
  };
}

/** Which optional parts of an `Artifact` to include (the `with_*` query flags). */
export interface ArtifactDetails {
  tags: boolean;
  scanOverview: boolean;
  accessories: boolean;
}

/** `Artifact` of the Harbor v2.0 API. */
export function artifactJson(
  repository: RepositoryRecord,
  artifact: ArtifactRecord,
  details: ArtifactDetails,
) {
  const mediaType = 'application/vnd.docker.distribution.manifest.v2+json';
  return {
    id: artifact.id,
    type: 'IMAGE',
    media_type: 'application/vnd.docker.container.image.v1+json',
    manifest_media_type: mediaType,
    project_id: repository.projectId,
    repository_id: repository.id,
    repository_name: repository.name,
    digest: artifact.digest,
    size: artifact.size,
    icon: 'sha256:0048162a053eef4d4ce3fe7518615bef084403614f8bca43b40ae2e762e11e06',
    push_time: iso(artifact.pushTime),
    pull_time: '0001-01-01T00:00:00.000Z',
    // go-swagger omits empty optional fields.
    ...(details.tags
      ? {
          tags: artifact.tags.map(tag => ({
            id: tag.id,
            repository_id: repository.id,
            artifact_id: artifact.id,
            name: tag.name,
            push_time: iso(tag.pushTime),
            pull_time: '0001-01-01T00:00:00.000Z',
            immutable: false,
          })),
        }
      : {}),
    addition_links: {
      build_history: {
        href: `/api/v2.0/projects/${projectOf(
          repository,
        )}/repositories/${imageOf(repository)}/artifacts/${
          artifact.digest
        }/additions/build_history`,
        absolute: false,
      },
      vulnerabilities: {
        href: `/api/v2.0/projects/${projectOf(
          repository,
        )}/repositories/${imageOf(repository)}/artifacts/${
          artifact.digest
        }/additions/vulnerabilities`,
        absolute: false,
      },
    },
    ...(details.scanOverview && artifact.scan
      ? { scan_overview: { [VULNERABILITY_REPORT]: reportJson(artifact.scan) } }
      : {}),
    ...(details.accessories && artifact.signature
      ? {
          accessories: [
            {
              id: artifact.signature.id,
              artifact_id: artifact.signature.id,
              subject_artifact_id: artifact.id,
              subject_artifact_digest: artifact.digest,
              subject_artifact_repo: repository.name,
              size: artifact.signature.size,
              digest: artifact.signature.digest,
              type: 'signature.cosign',
              icon: '',
              creation_time: iso(artifact.signature.createdAt),
            },
          ],
        }
      : {}),
  };
}

/** `NativeReportSummary` of a scan. */
function reportJson(scan: ScanRecord) {
  const { counts } = scan;
  const severity =
    (counts.critical && 'Critical') ||
    (counts.high && 'High') ||
    (counts.medium && 'Medium') ||
    (counts.low && 'Low') ||
    'None';
  const finished = scan.status === 'Success' || scan.status === 'Error';
  return {
    report_id: scan.reportId,
    scan_status: scan.status,
    severity: finished ? severity : 'Unknown',
    duration: finished
      ? Math.round((scan.endTime.getTime() - scan.startTime.getTime()) / 1000)
      : 0,
    ...(scan.status === 'Success'
      ? {
          summary: {
            total: totalOf(counts),
            fixable: counts.fixable,
            summary: {
              ...(counts.critical ? { Critical: counts.critical } : {}),
              ...(counts.high ? { High: counts.high } : {}),
              ...(counts.medium ? { Medium: counts.medium } : {}),
              ...(counts.low ? { Low: counts.low } : {}),
            },
          },
        }
      : {}),
    start_time: iso(scan.startTime),
    end_time: finished ? iso(scan.endTime) : '0001-01-01T00:00:00.000Z',
    complete_percent: finished ? 100 : 50,
    scanner: { name: 'Trivy', vendor: 'Aqua Security', version: 'v0.56.2' },
  };
}

/** Harbor's error body. */
export function errorsJson(code: string, message: string) {
  return { errors: [{ code, message }] };
}
