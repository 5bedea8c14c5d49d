import { randomBytes } from 'node:crypto';
import type { Clock } from '../shared/clock';
import { sha1Hex } from '../shared/seeded';

/** A SonarQube project (`TRK` component). */
export interface SonarProject {
  key: string;
  name: string;
  visibility: 'private' | 'public';
  mainBranch: string;
  createdAt: Date;
  /** Login of the technical user allowed to scan and browse it. */
  ownerLogin?: string;
  /** Demo override of the gate on new code. */
  forcedGate?: 'OK' | 'ERROR';
}

/** A local user and its tokens. */
export interface SonarUser {
  login: string;
  name: string;
  email: string;
  active: boolean;
}

/** Who a token authenticates. */
export interface SonarIdentity {
  login: string;
  admin: boolean;
}

/** State of the SonarQube fake: projects, users and user tokens. */
export class SonarStore {
  readonly projects = new Map<string, SonarProject>();
  readonly users = new Map<string, SonarUser>();
  private readonly tokens = new Map<string, SonarIdentity>();

  constructor(readonly clock: Clock, adminToken: string) {
    this.users.set('admin', {
      login: 'admin',
      name: 'Administrator',
      email: 'admin@cloud-pi-native.fr',
      active: true,
    });
    this.tokens.set(adminToken, { login: 'admin', admin: true });
  }

  /** The identity of a token, if it is valid. */
  identify(token: string): SonarIdentity | undefined {
    const identity = this.tokens.get(token);
    return identity && this.users.get(identity.login)?.active
      ? identity
      : undefined;
  }

  /** Whether an identity may browse a project. */
  canBrowse(identity: SonarIdentity, project: SonarProject): boolean {
    return (
      identity.admin ||
      project.visibility === 'public' ||
      project.ownerLogin === identity.login
    );
  }

  /** Creates a project if absent; returns it either way. */
  ensureProject(
    input: Omit<SonarProject, 'createdAt' | 'mainBranch'>,
  ): SonarProject {
    const existing = this.projects.get(input.key);
    if (existing) {
      existing.name = input.name;
      existing.ownerLogin = input.ownerLogin;
      return existing;
    }
    const project: SonarProject = {
      ...input,
      mainBranch: 'main',
      createdAt: this.clock(),
    };
    this.projects.set(project.key, project);
    return project;
  }

  /** Creates or reactivates a local user. */
  ensureUser(login: string, name: string, email: string): SonarUser {
    const user = this.users.get(login) ?? { login, name, email, active: true };
    user.active = true;
    this.users.set(login, user);
    return user;
  }

  /** Issues a user token (`squ_…`, like SonarQube 9.5+). */
  generateToken(login: string): string {
    const token = `squ_${randomBytes(20).toString('hex')}`;
    this.tokens.set(token, { login, admin: false });
    return token;
  }

  /** Deactivates a user and revokes its tokens (what project deletion does). */
  deactivateUser(login: string): void {
    const user = this.users.get(login);
    if (user) user.active = false;
    for (const [token, identity] of this.tokens) {
      if (identity.login === login) this.tokens.delete(token);
    }
  }

  /** The commit SHA of the last analysis (stable per project). */
  revisionOf(project: SonarProject): string {
    return sha1Hex(`sonarqube-revision:${project.key}`);
  }
}
