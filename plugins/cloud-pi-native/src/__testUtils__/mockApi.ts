import type { CloudPiNativeApi } from '@cpin/plugin-cloud-pi-native-react';

/** A `CloudPiNativeApi` whose every method is a jest mock. */
export function createMockCloudPiApi(): jest.Mocked<CloudPiNativeApi> {
  return {
    getEntityData: jest.fn(),
    prefetchEntityData: jest.fn(),
    reprovision: jest.fn(),
    runArgoOperation: jest.fn(),
    listInstances: jest.fn(),
    listProjects: jest.fn(),
    listStages: jest.fn(),
    listClusters: jest.fn(),
  };
}

/** A promise that never settles, to observe loading states. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => {});
}
