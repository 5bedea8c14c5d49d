import type { Entity } from '@backstage/catalog-model';
import { TestApiProvider } from '@backstage/test-utils';
import { CLOUD_PI_NATIVE_ANNOTATIONS as A } from '@cpin/plugin-cloud-pi-native-common';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type CloudPiNativeApi, cloudPiNativeApiRef } from '../apis';
import { useCloudPiNativeData } from './useCloudPiNativeData';
import { useCloudPiClusters, useCloudPiProjects } from './usePickerData';

function mockApi(): jest.Mocked<CloudPiNativeApi> {
  return {
    getEntityData: jest.fn(),
    reprovision: jest.fn(),
    runArgoOperation: jest.fn(),
    listInstances: jest.fn(),
    listProjects: jest.fn(),
    listStages: jest.fn(),
    listClusters: jest.fn(),
  };
}

function wrapperFor(api: CloudPiNativeApi) {
  return ({ children }: { children?: ReactNode }) => (
    <TestApiProvider apis={[[cloudPiNativeApiRef, api]]}>
      {children}
    </TestApiProvider>
  );
}

const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'demo',
    namespace: 'cpin',
    annotations: { [A.instance]: 'default', [A.projectSlug]: 'demo' },
  },
};

describe('useCloudPiNativeData', () => {
  it('loads the card data of the entity', async () => {
    const api = mockApi();
    const data = { generatedAt: '2026-11-02T10:00:00Z', repositories: [] };
    api.getEntityData.mockResolvedValue(data as any);

    const { result } = renderHook(
      () => useCloudPiNativeData('quality-gate', system),
      { wrapper: wrapperFor(api) },
    );

    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.value).toEqual(data);
    expect(api.getEntityData).toHaveBeenCalledWith('quality-gate', {
      kind: 'System',
      namespace: 'cpin',
      name: 'demo',
    });
  });

  it('requests nothing for an entity outside Cloud π', async () => {
    const api = mockApi();
    const plain: Entity = { ...system, metadata: { name: 'other' } };

    const { result } = renderHook(
      () => useCloudPiNativeData('overview', plain),
      { wrapper: wrapperFor(api) },
    );

    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.value).toBeUndefined();
    expect(result.current.error).toBeUndefined();
    expect(api.getEntityData).not.toHaveBeenCalled();
  });

  it('exposes the error and retries on demand', async () => {
    const api = mockApi();
    api.getEntityData
      .mockRejectedValueOnce(new Error('backend down'))
      .mockResolvedValueOnce({ generatedAt: 'x', environments: [] } as any);

    const { result } = renderHook(
      () => useCloudPiNativeData('deployments', system),
      { wrapper: wrapperFor(api) },
    );

    await waitFor(() =>
      expect(result.current.error?.message).toBe('backend down'),
    );
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.value).toBeDefined());
    expect(result.current.error).toBeUndefined();
    expect(api.getEntityData).toHaveBeenCalledTimes(2);
  });
});

describe('picker hooks', () => {
  it('wait for their inputs before requesting', async () => {
    const api = mockApi();
    const { result, rerender } = renderHook(
      ({ instance }: { instance?: string }) => useCloudPiProjects(instance),
      { wrapper: wrapperFor(api), initialProps: {} },
    );
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(api.listProjects).not.toHaveBeenCalled();

    api.listProjects.mockResolvedValue({
      generatedAt: '2026-11-02T10:00:00Z',
      projects: [
        {
          id: 'p1',
          slug: 'demo',
          name: 'demo',
          description: '',
          status: 'created',
          locked: false,
        },
      ],
    });
    rerender({ instance: 'default' });
    await waitFor(() => expect(result.current.value).toHaveLength(1));
    expect(api.listProjects).toHaveBeenCalledWith('default');
  });

  it('pass the stage and project to the clusters request', async () => {
    const api = mockApi();
    api.listClusters.mockResolvedValue({
      generatedAt: '2026-11-02T10:00:00Z',
      clusters: [],
    });
    const { result } = renderHook(
      () => useCloudPiClusters('default', { stageId: 's1', projectId: 'demo' }),
      { wrapper: wrapperFor(api) },
    );
    await waitFor(() => expect(result.current.value).toEqual([]));
    expect(api.listClusters).toHaveBeenCalledWith('default', {
      stageId: 's1',
      projectId: 'demo',
    });
  });
});
