import {
  Cluster,
  ClusterUsage,
  Stage,
  Zone,
  clusterSchema,
  clusterUsageSchema,
  stageSchema,
  zoneSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { endpoint } from '../http/endpoint';
import { ConsoleRequester } from './ConsoleRequester';

/**
 * Platform-wide topology: stages, zones and clusters. Small lists, safe to
 * cache for the duration of a catalog run.
 *
 * @public
 */
export interface CloudPiPlatformApi {
  listStages(): Promise<Stage[]>;
  listZones(): Promise<Zone[]>;
  /** Admins see every cluster; users see public ones and their projects'. */
  listClusters(): Promise<Cluster[]>;
  /** Resources allocated on a cluster (needs the LIST_CLUSTERS admin bit). */
  getClusterUsage(clusterId: string): Promise<ClusterUsage>;
}

/** Implementation of {@link CloudPiPlatformApi}. */
export class PlatformResource implements CloudPiPlatformApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async listStages(): Promise<Stage[]> {
    return this.requester.call('GET', '/api/v1/stages', z.array(stageSchema));
  }

  async listZones(): Promise<Zone[]> {
    return this.requester.call('GET', '/api/v1/zones', z.array(zoneSchema));
  }

  async listClusters(): Promise<Cluster[]> {
    return this.requester.call(
      'GET',
      '/api/v1/clusters',
      z.array(clusterSchema),
    );
  }

  async getClusterUsage(clusterId: string): Promise<ClusterUsage> {
    return this.requester.call(
      'GET',
      endpoint`/api/v1/clusters/usage/${clusterId}`,
      clusterUsageSchema,
    );
  }
}
