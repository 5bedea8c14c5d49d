import { findProject } from '../access';
import { userWithRolesView } from '../views';
import type { ConsoleDeps } from './deps';

/** User look-ups of the legacy routes. */
export class UserService {
  readonly #deps: ConsoleDeps;

  constructor(deps: ConsoleDeps) {
    this.#deps = deps;
  }

  /**
   * `GET /users/matching`: humans whose name or e-mail contains `letters`,
   * excluding the owner and members of `notInProjectId`.
   */
  matching(letters: string, notInProjectId?: string) {
    const { store } = this.#deps;
    const needle = letters.toLowerCase();
    const excluded = new Set<string>();
    const project = notInProjectId
      ? findProject(store, notInProjectId)
      : undefined;
    if (project) {
      excluded.add(project.ownerId);
      for (const m of store.members.findGroup('project', project.id)) {
        excluded.add(m.userId);
      }
    }
    return store.users
      .all()
      .filter(u => u.type === 'human' && !excluded.has(u.id))
      .filter(u =>
        [u.email, u.firstName, u.lastName].some(v =>
          v.toLowerCase().includes(needle),
        ),
      )
      .map(userWithRolesView);
  }

  /** `GET /admin/roles`. */
  adminRoles() {
    return this.#deps.store.adminRoles
      .all()
      .sort((a, b) => a.position - b.position)
      .map(role => ({
        id: role.id,
        name: role.name,
        permissions: role.permissions.toString(),
        position: role.position,
        oidcGroup: role.oidcGroup,
        type: role.type,
      }));
  }

  /** `GET /system/settings`. */
  systemSettings(key?: string) {
    return this.#deps.store.systemSettings
      .all()
      .filter(s => key === undefined || s.key === key)
      .map(({ key: k, value }) => ({ key: k, value }));
  }
}
