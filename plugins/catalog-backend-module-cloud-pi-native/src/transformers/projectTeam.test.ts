import { IDS, project } from '../__testUtils__/fixtures';
import { resolveProjectTeam } from './projectTeam';

const USERS: Record<string, string> = {
  'alice.martin@interieur.gouv.fr': 'user:default/alice.martin',
  'bob.durand@interieur.gouv.fr': 'user:default/bob.durand',
  'claire.petit@interieur.gouv.fr': 'user:default/claire.petit',
};
const lookup = (email: string) => USERS[email.toLowerCase()];

describe('resolveProjectTeam', () => {
  it('resolves the owner and members by e-mail, per role too', () => {
    expect(resolveProjectTeam(project(), lookup)).toEqual({
      memberRefs: [
        'user:default/alice.martin',
        'user:default/bob.durand',
        'user:default/claire.petit',
      ],
      ownerRef: 'user:default/alice.martin',
      roleMemberRefs: new Map([
        [IDS.roleAdmin, ['user:default/claire.petit']],
        [
          IDS.roleDevops,
          ['user:default/bob.durand', 'user:default/claire.petit'],
        ],
      ]),
      unresolvedEmails: [],
    });
  });

  it.each([
    {
      case: 'a member without a User entity',
      users: [
        'alice.martin@interieur.gouv.fr',
        'claire.petit@interieur.gouv.fr',
      ],
      ownerType: 'human',
      members: ['user:default/alice.martin', 'user:default/claire.petit'],
      unresolved: ['bob.durand@interieur.gouv.fr'],
    },
    {
      case: 'an owner without a User entity (e-mail lowercased)',
      users: ['bob.durand@interieur.gouv.fr', 'claire.petit@interieur.gouv.fr'],
      ownerType: 'human',
      members: ['user:default/bob.durand', 'user:default/claire.petit'],
      unresolved: ['alice.martin@interieur.gouv.fr'],
    },
    {
      case: 'a bot owner, which is never a person',
      users: ['bob.durand@interieur.gouv.fr', 'claire.petit@interieur.gouv.fr'],
      ownerType: 'bot',
      members: ['user:default/bob.durand', 'user:default/claire.petit'],
      unresolved: [],
    },
    {
      case: 'an empty catalog',
      users: [],
      ownerType: 'human',
      members: [],
      unresolved: [
        'alice.martin@interieur.gouv.fr',
        'bob.durand@interieur.gouv.fr',
        'claire.petit@interieur.gouv.fr',
      ],
    },
  ])(
    'reports $case and invents nobody',
    ({ users, ownerType, members, unresolved }) => {
      const base = project();
      const team = resolveProjectTeam(
        { ...base, owner: { ...base.owner, type: ownerType } },
        email =>
          users.includes(email.toLowerCase()) ? lookup(email) : undefined,
      );
      expect(team.memberRefs).toEqual(members);
      expect(team.unresolvedEmails).toEqual(unresolved);
      // Only a person with a User entity is named as the owner.
      expect(team.ownerRef).toEqual(
        ownerType === 'human' &&
          users.includes('alice.martin@interieur.gouv.fr')
          ? 'user:default/alice.martin'
          : undefined,
      );
      for (const refs of team.roleMemberRefs.values()) {
        expect(members).toEqual(expect.arrayContaining(refs));
      }
    },
  );

  it('lists a person once even when they appear twice', () => {
    const base = project();
    const team = resolveProjectTeam(
      {
        ...base,
        members: [...base.members, { ...base.members[0], roleIds: [] }],
      },
      lookup,
    );
    expect(team.memberRefs).toHaveLength(3);
  });
});
