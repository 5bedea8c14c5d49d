export { HarborClient } from './HarborClient';
export type { HarborClientOptions } from './HarborClient';
export { isCosignSigned, scanFacts } from './artifactFacts';
export type { HarborScanFacts, HarborScanStatus } from './artifactFacts';
export {
  harborArtifactSchema,
  harborProjectSchema,
  harborRepositorySchema,
} from './schemas';
export type {
  HarborArtifact,
  HarborProject,
  HarborRepository,
} from './schemas';
