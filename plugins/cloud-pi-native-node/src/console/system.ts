import {
  Healthz,
  ServiceHealth,
  Version,
  healthzSchema,
  serviceHealthSchema,
  versionSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { z } from 'zod';
import { ConsoleRequester } from './ConsoleRequester';

/** Public status routes of the console. @public */
export interface CloudPiSystemApi {
  /** Compare with `project.lastSuccessProvisionningVersion` to spot outdated projects. */
  getVersion(): Promise<Version>;
  /** `GET /api/v1/healthz`. */
  getHealth(): Promise<Healthz>;
  /** Per-tool health (`GET /api/v1/health-services`). */
  getServicesHealth(): Promise<ServiceHealth[]>;
}

/** Implementation of {@link CloudPiSystemApi}. */
export class SystemResource implements CloudPiSystemApi {
  constructor(private readonly requester: ConsoleRequester) {}

  async getVersion(): Promise<Version> {
    return this.requester.call('GET', '/api/v1/version', versionSchema);
  }

  async getHealth(): Promise<Healthz> {
    return this.requester.call('GET', '/api/v1/healthz', healthzSchema);
  }

  async getServicesHealth(): Promise<ServiceHealth[]> {
    return this.requester.call(
      'GET',
      '/api/v1/health-services',
      z.array(serviceHealthSchema),
    );
  }
}
