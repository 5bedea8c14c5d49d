import { ProjectAuthorized } from '@cpin/plugin-cloud-pi-native-common';
import { permissionContext } from '../console/access';
import type { Requestor } from '../console/auth/requestor';
import type { DirectoryPerson, PeopleDirectory } from '../console/services';
import type { ConsoleStore } from '../console/store/ConsoleStore';
import type { OidcAccount, OidcAccountDirectory } from '../oidc/accounts';

/** A realm account with its static platform groups. */
export interface SandboxAccount extends OidcAccount {
  platformGroups: string[];
}

/**
 * The realm's users. Project groups are derived from the console state, as
 * if the console's Keycloak reconciliation had just run: `/<slug>`, the role
 * groups of each membership and the environment `RO` / `RW` groups.
 */
export class SandboxIdentity implements OidcAccountDirectory, PeopleDirectory {
  readonly #accounts = new Map<string, SandboxAccount>();
  readonly #store: ConsoleStore;

  constructor(store: ConsoleStore, accounts: readonly SandboxAccount[]) {
    this.#store = store;
    for (const account of accounts) this.#accounts.set(account.id, account);
  }

  findById(id: string): SandboxAccount | undefined {
    return this.#accounts.get(id);
  }

  findByLogin(login: string): SandboxAccount | undefined {
    const needle = login.trim().toLowerCase();
    for (const account of this.#accounts.values()) {
      if (
        account.email.toLowerCase() === needle ||
        account.username.toLowerCase() === needle
      ) {
        return account;
      }
    }
    return undefined;
  }

  findByEmail(email: string): DirectoryPerson | undefined {
    const account = this.findByLogin(email);
    return account && account.email.toLowerCase() === email.toLowerCase()
      ? account
      : undefined;
  }

  groupsOf(account: OidcAccount): string[] {
    const store = this.#store;
    const groups = new Set(
      this.#accounts.get(account.id)?.platformGroups ?? [],
    );
    const user = store.users.get(account.id);
    if (!user) return [...groups];

    const requestor: Requestor = {
      user,
      adminPermissions: 0n,
      via: 'bearer',
      groups: [],
    };
    const projectIds = new Set([
      ...store.members.findGroup('user', user.id).map(m => m.projectId),
      ...store.projects
        .all()
        .filter(p => p.ownerId === user.id)
        .map(p => p.id),
    ]);
    for (const projectId of projectIds) {
      const project = store.projects.get(projectId);
      if (!project || project.status === 'archived') continue;
      groups.add(`/${project.slug}`);
      const member = store.members
        .findGroup('project', projectId)
        .find(m => m.userId === user.id);
      for (const role of store.projectRoles.findGroup('project', projectId)) {
        if (role.oidcGroup && member?.roleIds.includes(role.id)) {
          groups.add(role.oidcGroup);
        }
      }
      const permissions = permissionContext(store, requestor, project);
      for (const env of store.environments.findGroup('project', projectId)) {
        const base = `/${project.slug}/console/${env.name}`;
        if (ProjectAuthorized.ListEnvironments(permissions))
          groups.add(`${base}/RO`);
        if (ProjectAuthorized.ManageEnvironments(permissions))
          groups.add(`${base}/RW`);
      }
    }
    return [...groups].sort();
  }
}
