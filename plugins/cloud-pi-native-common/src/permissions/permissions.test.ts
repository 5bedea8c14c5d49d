import {
  ADMIN_PERMS,
  AdminAuthorized,
  DEFAULT_EVERYONE_PERMS,
  DEFAULT_PROJECT_ROLES,
  EVERYONE_ADMIN_PERMS,
  PROJECT_PERMS,
  ProjectAuthorized,
  formatPerms,
  parsePerms,
  projectPermNames,
  resolveProjectPerms,
} from '.';

const project = {
  ownerId: 'owner',
  everyonePerms: '896',
  members: [
    { userId: 'dev', roleIds: ['r-dev'] },
    { userId: 'plain', roleIds: [] },
  ],
  roles: [
    { id: 'r-dev', permissions: '784' },
    { id: 'r-other', permissions: '2' },
  ],
};

describe('permission bitfields', () => {
  it('has the console values', () => {
    expect(DEFAULT_EVERYONE_PERMS).toBe(896n);
    expect(EVERYONE_ADMIN_PERMS).toBe(25608n);
    expect(DEFAULT_PROJECT_ROLES.map(r => formatPerms(r.permissions))).toEqual([
      '2',
      '984',
      '784',
      '768',
    ]);
    expect(PROJECT_PERMS.LIST_DEPLOYMENTS).toBe(8192n);
    expect(ADMIN_PERMS.LIST_ADMIN_TOKEN).toBe(131072n);
  });

  it('parses decimal strings without losing bits beyond 2^53', () => {
    expect(parsePerms('18014398509481985')).toBe(18014398509481985n);
    expect(parsePerms(' 896 ')).toBe(896n);
    expect(parsePerms(3)).toBe(3n);
    expect(() => parsePerms('0x10')).toThrow('Invalid permissions value');
    expect(() => parsePerms('-1')).toThrow('Invalid permissions value');
    expect(() => parsePerms(1.5)).toThrow('Invalid permissions value');
    expect(() => parsePerms(-1n)).toThrow('cannot be negative');
  });

  it('names the bits that are set', () => {
    expect(projectPermNames(896n)).toEqual([
      'REPLAY_HOOKS',
      'LIST_ENVIRONMENTS',
      'LIST_REPOSITORIES',
    ]);
  });
});

describe('resolveProjectPerms', () => {
  it('gives MANAGE to the owner', () => {
    expect(resolveProjectPerms(project, 'owner')).toBe(PROJECT_PERMS.MANAGE);
  });

  it('ORs roles, everyonePerms and GUEST for members', () => {
    expect(resolveProjectPerms(project, 'dev')).toBe(784n | 896n | 1n);
    expect(resolveProjectPerms(project, 'plain')).toBe(896n | 1n);
  });

  it('gives nothing to non-members', () => {
    expect(resolveProjectPerms(project, 'stranger')).toBe(0n);
  });
});

describe('predicates', () => {
  const ctx = (adminPermissions: bigint, projectPermissions: bigint) => ({
    adminPermissions,
    projectPermissions,
  });

  it('lets the global "Tout le monde" role list any project resources', () => {
    expect(
      ProjectAuthorized.ListEnvironments(ctx(EVERYONE_ADMIN_PERMS, 0n)),
    ).toBe(true);
    expect(ProjectAuthorized.ListEnvironments(ctx(0n, 0n))).toBe(false);
  });

  it('requires the bit or MANAGE to manage', () => {
    expect(ProjectAuthorized.ManageEnvironments(ctx(0n, 784n | 897n))).toBe(
      false,
    );
    expect(ProjectAuthorized.ManageEnvironments(ctx(0n, 984n))).toBe(true);
    expect(ProjectAuthorized.ManageEnvironments(ctx(0n, 2n))).toBe(true);
    expect(
      ProjectAuthorized.ManageEnvironments(ctx(ADMIN_PERMS.MANAGE, 0n)),
    ).toBe(true);
    expect(
      ProjectAuthorized.ManageEnvironments(
        ctx(ADMIN_PERMS.MANAGE_PROJECTS, 0n),
      ),
    ).toBe(false);
  });

  it('does not let MANAGE_DEPLOYMENTS list deployments', () => {
    expect(
      ProjectAuthorized.ListDeployments(
        ctx(0n, PROJECT_PERMS.MANAGE_DEPLOYMENTS),
      ),
    ).toBe(false);
    expect(
      ProjectAuthorized.ListDeployments(
        ctx(0n, PROJECT_PERMS.LIST_DEPLOYMENTS),
      ),
    ).toBe(true);
  });

  it('keeps AdminAuthorized.Manage to the MANAGE bit only', () => {
    expect(AdminAuthorized.Manage(ADMIN_PERMS.MANAGE)).toBe(true);
    expect(
      AdminAuthorized.Manage(ADMIN_PERMS.LIST | ADMIN_PERMS.MANAGE_PROJECTS),
    ).toBe(false);
    expect(AdminAuthorized.ListProjects(ADMIN_PERMS.LIST)).toBe(true);
    expect(AdminAuthorized.ListClusters(ADMIN_PERMS.LIST_ZONES)).toBe(false);
  });

  it('lets any member or the owner see the project', () => {
    expect(ProjectAuthorized.See(ctx(0n, 1n))).toBe(true);
    expect(ProjectAuthorized.See(ctx(EVERYONE_ADMIN_PERMS, 0n))).toBe(false);
  });
});
