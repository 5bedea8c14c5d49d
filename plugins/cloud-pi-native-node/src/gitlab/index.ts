export { GitLabClient } from './GitLabClient';
export type { GitLabClientOptions } from './GitLabClient';
export type {
  GitLabFile,
  GitLabJob,
  GitLabJobScope,
  GitLabPipeline,
  GitLabPipelineDetails,
  GitLabProjectSummary,
  GitLabPushInput,
  GitLabPushResult,
  GitLabVariable,
} from './types';
