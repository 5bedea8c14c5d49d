export { GitLabClient } from './GitLabClient';
export type { GitLabClientOptions } from './GitLabClient';
export type {
  GitLabFile,
  GitLabPipeline,
  GitLabPushInput,
  GitLabPushResult,
  GitLabVariable,
} from './types';
