import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadUserDirectory } from './catalogUsers';

function user(name: string, email?: string, namespace = 'default'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace },
    spec: { profile: email === undefined ? {} : { email }, memberOf: [] },
  };
}

const ENTITIES = [
  user('alice.martin', 'Alice.Martin@Interieur.gouv.fr'),
  user('bob.durand', 'bob.durand@interieur.gouv.fr'),
  user('bob.durand', ' BOB.DURAND@interieur.gouv.fr ', 'other'),
  user('no-email'),
  user('blank-email', ''),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'group-with-email' },
    spec: {
      type: 'team',
      profile: { email: 'team@interieur.gouv.fr' },
      children: [],
    },
  },
];

describe('loadUserDirectory', () => {
  it.each([
    [1, 5],
    [2, 3],
    [1000, 1],
  ])(
    'indexes every User by e-mail, case-insensitively (page size %p, %p pages)',
    async (pageSize, pages) => {
      const catalog = catalogServiceMock({ entities: ENTITIES });
      const query = jest.spyOn(catalog, 'queryEntities');
      const directory = await loadUserDirectory(
        catalog,
        mockCredentials.service(),
        { pageSize },
      );
      expect(directory.lookup('alice.martin@interieur.gouv.fr')).toBe(
        'user:default/alice.martin',
      );
      expect(directory.lookup(' ALICE.MARTIN@interieur.gouv.fr')).toBe(
        'user:default/alice.martin',
      );
      // Two User entities share Bob's e-mail: neither is picked.
      expect(directory.lookup('bob.durand@interieur.gouv.fr')).toBeUndefined();
      expect(directory.ambiguousEmails).toEqual([
        'bob.durand@interieur.gouv.fr',
      ]);
      expect(directory.lookup('team@interieur.gouv.fr')).toBeUndefined();
      expect(directory.lookup('nobody@interieur.gouv.fr')).toBeUndefined();
      expect(directory.size).toBe(2);
      expect(query.mock.calls[0][0]).toEqual({
        filter: { kind: 'User' },
        limit: pageSize,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.profile.email',
        ],
      });
      expect(query.mock.calls[0][1]).toEqual({
        credentials: mockCredentials.service(),
      });
      // Five User entities, read page after page through the cursor.
      expect(query).toHaveBeenCalledTimes(pages);
    },
  );

  it('propagates a catalog failure', async () => {
    const catalog = catalogServiceMock.mock({
      queryEntities: async () => {
        throw new Error('catalog down');
      },
    });
    await expect(
      loadUserDirectory(catalog, mockCredentials.service()),
    ).rejects.toThrow('catalog down');
  });
});
