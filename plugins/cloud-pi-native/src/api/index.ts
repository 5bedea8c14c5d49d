export { CloudPiNativeClient } from './CloudPiNativeClient';
export type { CloudPiNativeClientOptions } from './CloudPiNativeClient';
export { InvalidResponseError } from './InvalidResponseError';
