import { CustomErrorBase } from '@backstage/errors';

/**
 * The console answered, but what it said does not hold together (an
 * environment on an unknown cluster, two entities with the same name…).
 * Nothing is written to the catalog when this happens.
 *
 * @public
 */
export class CloudPiInconsistentDataError extends CustomErrorBase {
  name = 'CloudPiInconsistentDataError' as const;
}

/**
 * Reading the console (or the User entities) failed: the refresh stops and
 * the catalog is left as it was. `call` names the request, `project` the
 * project slug when the call was about one project.
 *
 * @public
 */
export class CloudPiReadError extends CustomErrorBase {
  name = 'CloudPiReadError' as const;
  readonly call: string;
  readonly project?: string;

  constructor(
    options: { call: string; project?: string; what: string },
    cause: unknown,
  ) {
    super(`${options.what} failed (${options.call})`, cause);
    this.call = options.call;
    this.project = options.project;
  }
}

/**
 * A refresh read the console, but its full mutation would have removed
 * more of the provider's entities than the removal guard allows without
 * proof (`removalGuard.maxShare`, or every project). Nothing is written.
 *
 * @public
 */
export class CloudPiRemovalRefusedError extends CustomErrorBase {
  name = 'CloudPiRemovalRefusedError' as const;
}
