import { isError } from '@backstage/errors';
import {
  QualityGateAnalysis,
  QualityGateRepository,
  QualityGateResponse,
  sonarQubeProjectKey,
} from '@cpin/plugin-cloud-pi-native-common';
import { SonarQubeClient } from '@cpin/plugin-cloud-pi-native-node';
import { notConfigured, readPart } from './parts';
import {
  SONAR_METRIC_KEYS,
  failedConditions,
  toSonarMeasures,
} from './sonarMeasures';
import { BuiltView, ViewContext, toIsoDateTime } from './viewContext';

/** The quality gates of every repository of the project. */
export type QualityGateView = QualityGateResponse;

/**
 * Builds one row per repository of the project (console order). Each row
 * is read on its own: a failing SonarQube call only degrades its row.
 */
export async function buildQualityGateView(
  context: ViewContext,
): Promise<BuiltView<QualityGateView>> {
  const { instance, project, sources, limit, partTimeoutMs } = context;
  const repositories = await sources.repositories(instance, project);
  const { sonarqube } = instance;

  const rows = await Promise.all(
    repositories.map(async (repository): Promise<QualityGateRepository> => {
      const projectKey = sonarQubeProjectKey(
        project.slug,
        repository.internalRepoName,
      );
      const base = {
        repositoryName: repository.internalRepoName,
        projectKey,
        url: instance.urls.sonarqubeProject(projectKey) ?? null,
      };
      if (!sonarqube) {
        return {
          ...base,
          analysis: null,
          error: notConfigured('SonarQube', instance.name),
        };
      }
      const analysis = await readPart('SonarQube', partTimeoutMs, () =>
        limit(() => readAnalysis(sonarqube, projectKey)),
      );
      return analysis.ok
        ? { ...base, analysis: analysis.value }
        : { ...base, analysis: null, error: analysis.error };
    }),
  );

  return {
    value: { generatedAt: context.now().toISOString(), repositories: rows },
    degraded: rows.some(
      row => row.error !== undefined && row.error.name !== 'NotConfiguredError',
    ),
  };
}

/**
 * Gate, measures and latest analysis of one SonarQube project; `null` when
 * SonarQube does not know the key or it was never analysed.
 */
async function readAnalysis(
  sonarqube: SonarQubeClient,
  projectKey: string,
): Promise<QualityGateAnalysis | null> {
  try {
    const [gate, measures, analyses] = await Promise.all([
      sonarqube.getQualityGateStatus(projectKey),
      sonarqube.getMeasures(projectKey, SONAR_METRIC_KEYS),
      sonarqube.getLastAnalyses(projectKey, { limit: 1 }),
    ]);
    if (gate.status === 'NONE' && analyses.length === 0) return null;
    return {
      status: gate.status,
      failedConditions: failedConditions(gate.conditions),
      overall: toSonarMeasures(measures.measures, 'overall'),
      newCode: toSonarMeasures(measures.measures, 'newCode'),
      analysedAt: toIsoDateTime(analyses[0]?.date),
    };
  } catch (error) {
    if (isError(error) && error.name === 'NotFoundError') return null;
    throw error;
  }
}
