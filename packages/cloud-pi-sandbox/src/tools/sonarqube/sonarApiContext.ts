import type { Request, Response } from 'express';
import { queryString } from '../shared/queryParams';
import { sonarAnalyses, sonarDate } from './sonarAnalyses';
import type { SonarIdentity, SonarProject, SonarStore } from './sonarStore';

/** Length of the new-code period the fake reports. */
const NEW_CODE_DAYS = 30;

/** The identity the auth middleware attached to a request. */
export function identityOf(res: Response): SonarIdentity {
  return (res.locals as { identity: SonarIdentity }).identity;
}

/** SonarQube's error body: `{"errors":[{"msg": ...}]}`. */
export function sendErrors(res: Response, status: number, msg: string): void {
  res.status(status).json({ errors: [{ msg }] });
}

/** `p`/`ps` paging parameters. */
export function paging(req: Request, defaultSize: number, maxSize: number) {
  const page = Math.max(
    1,
    Number.parseInt(queryString(req, 'p') ?? '1', 10) || 1,
  );
  const size = Math.min(
    maxSize,
    Math.max(
      1,
      Number.parseInt(queryString(req, 'ps') ?? String(defaultSize), 10) ||
        defaultSize,
    ),
  );
  return { page, size };
}

/** Project lookups and dates shared by the Web API routes. */
export class SonarApiContext {
  constructor(readonly store: SonarStore) {}

  /** Checks that the caller may browse the project (and its `branch`). */
  authorize(req: Request, res: Response, project: SonarProject): boolean {
    if (!this.store.canBrowse(identityOf(res), project)) {
      sendErrors(res, 403, 'Insufficient privileges');
      return false;
    }
    const branch = queryString(req, 'branch');
    if (branch && branch !== project.mainBranch) {
      sendErrors(
        res,
        404,
        `Component '${project.key}' on branch '${branch}' not found`,
      );
      return false;
    }
    return true;
  }

  /** The project named by a query parameter, or the error SonarQube sends. */
  loadProject(
    req: Request,
    res: Response,
    param: string,
  ): SonarProject | undefined {
    const key = queryString(req, param);
    if (!key) {
      sendErrors(res, 400, `The '${param}' parameter is missing`);
      return undefined;
    }
    const project = this.store.projects.get(key);
    if (!project) {
      sendErrors(res, 404, `Component key '${key}' not found`);
      return undefined;
    }
    return this.authorize(req, res, project) ? project : undefined;
  }

  /** Last analysis date and start of the new-code period. */
  projectDates(project: SonarProject) {
    const analysisDate = project.createdAt;
    return {
      analysisDate: sonarDate(analysisDate),
      leakPeriodDate: sonarDate(
        new Date(analysisDate.getTime() - NEW_CODE_DAYS * 24 * 3600 * 1000),
      ),
    };
  }

  /** The `period` object of measures and gate statuses. */
  newCodePeriod(project: SonarProject) {
    const analyses = sonarAnalyses(project, this.store.revisionOf(project));
    return {
      mode: 'PREVIOUS_VERSION',
      date: this.projectDates(project).leakPeriodDate,
      parameter: (analyses[1] ?? analyses[0]).projectVersion,
    };
  }

  /** Version of the last analysis. */
  latestVersion(project: SonarProject): string {
    return sonarAnalyses(project, this.store.revisionOf(project))[0]
      .projectVersion;
  }
}
