import { seededRandom, sha1Hex } from '../shared/seeded';
import { qualityGate, sonarMeasures } from './sonarMeasures';
import type { SonarProject } from './sonarStore';

/** One entry of `api/project_analyses/search`. */
export interface SonarAnalysis {
  key: string;
  date: Date;
  projectVersion: string;
  buildString: string;
  revision: string;
  manualNewCodePeriodBaseline: boolean;
  events: Array<{
    key: string;
    category: string;
    name: string;
    description?: string;
  }>;
}

const DAY = 24 * 3600 * 1000;

/**
 * The analysis history of a project, newest first: a few analyses a few days
 * apart, the last one at the project's creation (the sandbox treats every
 * provisioned project as scanned by its first pipeline).
 */
export function sonarAnalyses(
  project: SonarProject,
  revision: string,
): SonarAnalysis[] {
  const rng = seededRandom(`sonarqube-analyses:${project.key}`);
  const count = 3 + Math.floor(rng() * 6);
  const gate = qualityGate(sonarMeasures(project.key, project.forcedGate));
  const out: SonarAnalysis[] = [];
  let date = project.createdAt.getTime();
  for (let i = 0; i < count; i++) {
    const minor = count - 1 - i;
    const events: SonarAnalysis['events'] = [
      {
        key: eventKey(project.key, i, 'version'),
        category: 'VERSION',
        name: `1.${minor}.0`,
      },
    ];
    if (i === 0) {
      const failed = gate.conditions
        .filter(c => c.status === 'ERROR')
        .map(c => c.metricKey);
      events.push({
        key: eventKey(project.key, i, 'gate'),
        category: 'QUALITY_GATE',
        name: gate.status === 'OK' ? 'Passed' : 'Failed',
        description: failed.join(', '),
      });
    }
    out.push({
      key: eventKey(project.key, i, 'analysis'),
      date: new Date(date),
      projectVersion: `1.${minor}.0`,
      buildString: `1.${minor}.0.${100 + minor * 17}`,
      revision: i === 0 ? revision : sha1Hex(`${project.key}:${i}`),
      manualNewCodePeriodBaseline: false,
      events,
    });
    date -= DAY * (1 + Math.floor(rng() * 6)) + Math.floor(rng() * 3600 * 1000);
  }
  return out;
}

/** SonarQube's date format: `2016-12-12T17:12:45+0000`. */
export function sonarDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+0000`;
}

function eventKey(key: string, index: number, kind: string): string {
  return `A${Buffer.from(sha1Hex(`${kind}:${key}:${index}`), 'hex')
    .toString('base64url')
    .slice(0, 19)}`;
}
