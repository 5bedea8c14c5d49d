import {
  ADMIN_PERMS,
  EVERYONE_ADMIN_PERMS,
  PROJECT_PERMS,
  Project,
} from '@cpin/plugin-cloud-pi-native-common';
import { passesAccessRule } from './accessRules';
import { permissionContext } from './permissionContext';

const person = (id: string, email: string) => ({
  userId: id,
  firstName: id,
  lastName: '',
  email,
});

const project = {
  id: 'p',
  ownerId: 'alice',
  owner: {
    id: 'alice',
    firstName: 'Alice',
    lastName: 'Martin',
    email: 'Alice@Example.fr',
    type: 'human',
  },
  everyonePerms: '768',
  members: [
    { ...person('bob', 'bob@example.fr'), roleIds: ['devops'] },
    { ...person('david', 'david@example.fr'), roleIds: ['readonly'] },
  ],
  roles: [
    { id: 'devops', name: 'DevOps', permissions: '984' },
    { id: 'readonly', name: 'Lecture seule', permissions: '768' },
  ],
} as unknown as Project;

const caller = (email?: string, platformAdmin = false) => ({
  userEntityRef: 'user:default/x',
  email,
  platformAdmin,
});

describe('permissionContext', () => {
  const context = (email?: string, admin = false) =>
    permissionContext(caller(email, admin), project, EVERYONE_ADMIN_PERMS);

  it('gives MANAGE to the owner, matching the e-mail case-insensitively', () => {
    expect(context('alice@example.fr')).toEqual({
      adminPermissions: EVERYONE_ADMIN_PERMS,
      projectPermissions: PROJECT_PERMS.MANAGE,
    });
  });

  it('ORs the roles, everyonePerms and GUEST of a member', () => {
    expect(context('bob@example.fr').projectPermissions).toBe(984n | 768n | 1n);
    expect(context('david@example.fr').projectPermissions).toBe(768n | 1n);
  });

  it('gives nothing in the project to a stranger, only the global role', () => {
    expect(context('eve@example.fr')).toEqual({
      adminPermissions: EVERYONE_ADMIN_PERMS,
      projectPermissions: 0n,
    });
  });

  it('gives nothing at all to a user without an e-mail', () => {
    expect(context(undefined)).toEqual({
      adminPermissions: 0n,
      projectPermissions: 0n,
    });
  });

  it('adds the MANAGE admin bit to platform administrators', () => {
    expect(context(undefined, true).adminPermissions).toBe(
      EVERYONE_ADMIN_PERMS | ADMIN_PERMS.MANAGE,
    );
  });
});

describe('access rules on those permissions', () => {
  const ctx = (email?: string, admin = false) =>
    permissionContext(caller(email, admin), project, EVERYONE_ADMIN_PERMS);

  it('lets members and platform admins through "member", not strangers', () => {
    expect(passesAccessRule('member', ctx('david@example.fr'))).toBe(true);
    expect(passesAccessRule('member', ctx(undefined, true))).toBe(true);
    expect(passesAccessRule('member', ctx('eve@example.fr'))).toBe(false);
  });

  it('follows the console: "Tout le monde" lets anyone list environments', () => {
    expect(passesAccessRule('list-environments', ctx('eve@example.fr'))).toBe(
      true,
    );
    expect(passesAccessRule('list-environments', ctx(undefined))).toBe(false);
  });

  it('needs REPLAY_HOOKS (or MANAGE) to reprovision', () => {
    expect(passesAccessRule('replay-hooks', ctx('bob@example.fr'))).toBe(true);
    expect(passesAccessRule('replay-hooks', ctx('alice@example.fr'))).toBe(
      true,
    );
    expect(passesAccessRule('replay-hooks', ctx('david@example.fr'))).toBe(
      false,
    );
    expect(passesAccessRule('see-secrets', ctx('david@example.fr'))).toBe(
      false,
    );
    expect(passesAccessRule('platform-admin', ctx('alice@example.fr'))).toBe(
      false,
    );
    expect(passesAccessRule('any-signed-in', ctx(undefined))).toBe(true);
  });
});
