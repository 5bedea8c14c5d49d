import { HarborArtifact } from './schemas';

/** The accessory type cosign signatures get in Harbor. */
const COSIGN_SIGNATURE = 'signature.cosign';

/** Report MIME types of vulnerability scans, preferred first (Harbor's default order). */
const VULNERABILITY_REPORTS = [
  'application/vnd.security.vulnerability.report; version=1.1',
  'application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0',
];

/** Status of an artifact's vulnerability scan. @public */
export type HarborScanStatus =
  | 'success'
  | 'pending'
  | 'running'
  | 'error'
  | 'stopped'
  | 'not-scanned';

/** The vulnerability scan of an artifact, counts by severity. @public */
export interface HarborScanFacts {
  status: HarborScanStatus;
  vulnerabilities?: {
    critical: number;
    high: number;
    medium: number;
    low: number;
    total: number;
    fixable: number;
  };
  /** When the scan ended. */
  endTime?: string;
}

/** Whether a cosign signature is attached to the artifact. @public */
export function isCosignSigned(artifact: HarborArtifact): boolean {
  return artifact.accessories.some(a => a.type === COSIGN_SIGNATURE);
}

const STATUSES: Record<string, HarborScanStatus> = {
  success: 'success',
  pending: 'pending',
  queued: 'pending',
  scheduled: 'pending',
  running: 'running',
  error: 'error',
  stopped: 'stopped',
};

/** The vulnerability scan of an artifact, from its `scan_overview`. @public */
export function scanFacts(artifact: HarborArtifact): HarborScanFacts {
  const overview = artifact.scan_overview ?? {};
  const report =
    VULNERABILITY_REPORTS.map(mime => overview[mime]).find(Boolean) ??
    Object.values(overview)[0];
  if (!report) return { status: 'not-scanned' };
  const status =
    STATUSES[(report.scan_status ?? '').toLocaleLowerCase('en-US')] ??
    'not-scanned';
  if (status !== 'success') return { status, endTime: report.end_time };
  const bySeverity = report.summary?.summary ?? {};
  const count = (severity: string) => bySeverity[severity] ?? 0;
  return {
    status,
    endTime: report.end_time,
    vulnerabilities: {
      critical: count('Critical'),
      high: count('High'),
      medium: count('Medium'),
      low: count('Low'),
      total: report.summary?.total ?? 0,
      fixable: report.summary?.fixable ?? 0,
    },
  };
}
