import { IDS, project, testContext } from '../__testUtils__/fixtures';
import { assertValidEntity } from '../__testUtils__/entityValidation';
import { projectToGroups } from './projectToGroups';

const PAGE = 'url:https://console.cpin.example.fr/projects/portail';
const BASE = {
  'backstage.io/managed-by-location': PAGE,
  'backstage.io/managed-by-origin-location': PAGE,
  'cloud-pi-native.fr/instance': 'cpin',
  'cloud-pi-native.fr/project-id': IDS.project,
  'cloud-pi-native.fr/project-slug': 'portail',
};
const TEAM = {
  memberRefs: ['user:default/alice.martin', 'user:default/bob.durand'],
  ownerRef: 'user:default/alice.martin',
  roleMemberRefs: new Map([
    [IDS.roleAdmin, []],
    [IDS.roleDevops, ['user:default/bob.durand']],
  ]),
  unresolvedEmails: ['claire.petit@interieur.gouv.fr'],
};

describe('projectToGroups', () => {
  it('maps the team and each role to Groups', async () => {
    const groups = projectToGroups(project(), TEAM, testContext());
    expect(groups).toEqual([
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: 'cpin-portail',
          namespace: 'cpin',
          title: 'portail',
          description:
            'Owner and members of the Cloud π Native project portail.',
          annotations: {
            'cloud-pi-native.fr/description-fr':
              'Propriétaire et membres du projet Cloud π Native portail.',
            ...BASE,
            'cloud-pi-native.fr/oidc-group': '/portail',
            'cloud-pi-native.fr/project-owner': 'user:default/alice.martin',
            'cloud-pi-native.fr/unresolved-members':
              'claire.petit@interieur.gouv.fr',
          },
          tags: ['cloud-pi-native'],
        },
        spec: {
          type: 'team',
          profile: { displayName: 'portail' },
          children: [
            'group:cpin/cpin-portail-admin',
            'group:cpin/cpin-portail-devops',
          ],
          members: ['user:default/alice.martin', 'user:default/bob.durand'],
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: 'cpin-portail-admin',
          namespace: 'cpin',
          title: 'portail: Administrateur',
          annotations: {
            ...BASE,
            'cloud-pi-native.fr/role-id': IDS.roleAdmin,
            'cloud-pi-native.fr/permissions': '2',
            'cloud-pi-native.fr/oidc-group': '/portail/console/admin',
          },
          tags: ['cloud-pi-native'],
        },
        spec: {
          type: 'role',
          profile: { displayName: 'portail: Administrateur' },
          parent: 'group:cpin/cpin-portail',
          children: [],
          members: [],
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: {
          name: 'cpin-portail-devops',
          namespace: 'cpin',
          title: 'portail: DevOps',
          annotations: {
            ...BASE,
            'cloud-pi-native.fr/role-id': IDS.roleDevops,
            'cloud-pi-native.fr/permissions': '984',
            'cloud-pi-native.fr/oidc-group': '/portail/console/devops',
          },
          tags: ['cloud-pi-native'],
        },
        spec: {
          type: 'role',
          profile: { displayName: 'portail: DevOps' },
          parent: 'group:cpin/cpin-portail',
          children: [],
          members: ['user:default/bob.durand'],
        },
      },
    ]);
    for (const group of groups) await assertValidEntity(group);
  });

  it('emits the team only when role Groups are off', () => {
    const groups = projectToGroups(
      project(),
      { ...TEAM, ownerRef: undefined, unresolvedEmails: [] },
      testContext({ roleGroups: false }),
    );
    expect(groups.map(g => g.metadata.name)).toEqual(['cpin-portail']);
    expect(groups[0].spec.children).toEqual([]);
    expect(groups[0].metadata.annotations).not.toHaveProperty(
      'cloud-pi-native.fr/unresolved-members',
    );
    // No owner with a User entity (a bot, an unknown e-mail): no one is named.
    expect(groups[0].metadata.annotations).not.toHaveProperty(
      'cloud-pi-native.fr/project-owner',
    );
  });

  it.each([
    {
      case: 'named after the role when it has no OIDC group',
      roles: [
        {
          id: 'r1',
          name: 'Lecture seule',
          permissions: '768',
          oidcGroup: null,
        },
      ],
      names: ['cpin-portail-lecture-seule'],
      oidcGroups: [undefined],
    },
    {
      case: 'disambiguated with the role id when two roles clash',
      roles: [
        {
          id: 'aaaaaaaa-1111',
          name: 'Dev',
          permissions: '784',
          oidcGroup: '/console/dev',
        },
        {
          id: 'bbbbbbbb-2222',
          name: 'dev',
          permissions: '768',
          oidcGroup: null,
        },
      ],
      names: ['cpin-portail-dev-aaaaaaaa', 'cpin-portail-dev-bbbbbbbb'],
      oidcGroups: ['/portail/console/dev', undefined],
    },
    {
      case: 'named after a nested OIDC group',
      roles: [
        {
          id: 'r1',
          name: 'Sécurité',
          permissions: '768',
          oidcGroup: '/console/security/audit',
        },
      ],
      names: ['cpin-portail-security-audit'],
      oidcGroups: ['/portail/console/security/audit'],
    },
  ])('names role Groups $case', async ({ roles, names, oidcGroups }) => {
    const groups = projectToGroups(
      project({ roles, members: [] }),
      { memberRefs: [], roleMemberRefs: new Map(), unresolvedEmails: [] },
      testContext(),
    );
    const roleGroups = groups.slice(1);
    expect(roleGroups.map(g => g.metadata.name)).toEqual(names);
    expect(
      roleGroups.map(
        g => g.metadata.annotations?.['cloud-pi-native.fr/oidc-group'],
      ),
    ).toEqual(oidcGroups);
    expect(groups[0].spec.children).toEqual(names.map(n => `group:cpin/${n}`));
    for (const group of groups) await assertValidEntity(group);
  });
});
