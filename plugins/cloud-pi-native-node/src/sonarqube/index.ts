export { SonarQubeClient } from './SonarQubeClient';
export type {
  SonarQubeBranchOptions,
  SonarQubeClientOptions,
  SonarQubeMeasure,
  SonarQubeMeasures,
  SonarQubeQualityGate,
} from './SonarQubeClient';
export type {
  SonarQubeAnalysis,
  SonarQubeCondition,
  SonarQubeNewCodePeriod,
} from './schemas';
