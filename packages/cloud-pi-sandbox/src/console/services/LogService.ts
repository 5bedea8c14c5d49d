import { AdminAuthorized } from '@cpin/plugin-cloud-pi-native-common';
import { findProject } from '../access';
import type { Requestor } from '../auth/requestor';
import { forbidden, notFound } from '../errors';
import type { LogRecord } from '../store/records';
import { cleanLogView, rawLogView } from '../views';
import type { ConsoleDeps } from './deps';

/** Messages of `GET /api/v1/logs`. */
export const LOG_MESSAGES = {
  projectRequired: 'Vous devez préciser un projet',
  notMember: "Vous n'êtes pas membre de ce projet",
  projectNotFound: 'Projet introuvable',
} as const;

/** Query of a log page. */
export interface LogQuery {
  offset: number;
  limit: number;
  projectId?: string;
  clean: boolean;
}

/**
 * Provisioning logs, newest first. Platform readers (`LIST_SYSTEM`) see every
 * log and may ask for the raw data; others must name a project they belong
 * to and always get the clean view.
 */
export class LogService {
  readonly #deps: ConsoleDeps;

  constructor(deps: ConsoleDeps) {
    this.#deps = deps;
  }

  /** A page of logs with the total count. */
  page(requestor: Requestor, query: LogQuery) {
    const { store } = this.#deps;
    const platformReader = AdminAuthorized.ListSystem(
      requestor.adminPermissions,
    );
    let logs: LogRecord[];
    let clean = query.clean;
    if (query.projectId !== undefined) {
      const project = findProject(store, query.projectId);
      if (!project) throw notFound(LOG_MESSAGES.projectNotFound);
      if (!platformReader) {
        const userId = requestor.user.id;
        const isMember =
          project.ownerId === userId ||
          store.members
            .findGroup('project', project.id)
            .some(m => m.userId === userId);
        if (!isMember) throw forbidden(LOG_MESSAGES.notMember);
        clean = true;
      }
      logs = store.logs.findGroup('project', project.id);
    } else {
      if (!platformReader) throw forbidden(LOG_MESSAGES.projectRequired);
      logs = store.logs.all();
    }
    const newestFirst = logs.reverse();
    const page = newestFirst.slice(query.offset, query.offset + query.limit);
    return {
      total: newestFirst.length,
      logs: clean ? page.map(cleanLogView) : page.map(rawLogView),
    };
  }
}
