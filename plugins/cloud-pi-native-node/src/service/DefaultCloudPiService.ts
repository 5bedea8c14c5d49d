import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import { readCloudPiConfig } from '../config/readCloudPiConfig';
import { CloudPiConfig } from '../config/types';
import { notifyObserver } from '../http/observer';
import { createCloudPiInstance } from './createCloudPiInstance';
import {
  CloudPiInstance,
  CloudPiInstanceRequestEvent,
  CloudPiService,
} from './types';

/** The default {@link CloudPiService}, built from the `cloudPiNative` config. @public */
export class DefaultCloudPiService implements CloudPiService {
  /** Reads the configuration and builds every instance (throws on bad config). */
  static fromConfig(
    config: Config,
    options: { logger: LoggerService },
  ): DefaultCloudPiService {
    return DefaultCloudPiService.create(readCloudPiConfig(config), options);
  }

  /** Builds the service from an already read configuration. */
  static create(
    config: CloudPiConfig,
    options: { logger: LoggerService },
  ): DefaultCloudPiService {
    return new DefaultCloudPiService(config, options.logger);
  }

  private readonly instances: Map<string, CloudPiInstance>;
  private readonly observers = new Set<
    (event: CloudPiInstanceRequestEvent) => void
  >();

  private constructor(config: CloudPiConfig, logger: LoggerService) {
    this.instances = new Map(
      config.instances.map(instance => [
        instance.name,
        createCloudPiInstance(instance, {
          logger,
          onRequest: event => {
            for (const observer of this.observers) {
              notifyObserver(observer, { ...event, instance: instance.name });
            }
          },
        }),
      ]),
    );
  }

  listInstances(): CloudPiInstance[] {
    return [...this.instances.values()];
  }

  getInstance(name: string): CloudPiInstance {
    const instance = this.instances.get(name);
    if (!instance) {
      throw new NotFoundError(
        `No Cloud π Native instance named '${name}' is configured`,
      );
    }
    return instance;
  }

  addRequestObserver(
    observer: (event: CloudPiInstanceRequestEvent) => void,
  ): () => void {
    this.observers.add(observer);
    return () => {
      this.observers.delete(observer);
    };
  }
}
