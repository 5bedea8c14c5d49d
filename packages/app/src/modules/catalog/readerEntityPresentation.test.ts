import type { Entity } from '@backstage/catalog-model';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { createReaderEntityPresentationApi } from './readerEntityPresentation';

const TEAM: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'cpin-portail',
    namespace: 'sandbox',
    title: 'portail',
    description: 'Owner and members of the Cloud π Native project portail.',
    annotations: {
      'cloud-pi-native.fr/instance': 'sandbox',
      'cloud-pi-native.fr/project-slug': 'portail',
      'cloud-pi-native.fr/description-fr':
        'Propriétaire et membres du projet Cloud π Native portail.',
    },
  },
  spec: { type: 'team', profile: { displayName: 'portail' } },
};

/** A Group of another provider, with the same annotation. */
const OTHER: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'platform',
    description: 'Platform team',
    annotations: { 'cloud-pi-native.fr/description-fr': 'Équipe plateforme' },
  },
  spec: { type: 'team' },
};

function presentation(language: string) {
  const catalogApi = catalogApiMock({ entities: [TEAM, OTHER] });
  const getEntitiesByRefs = jest.spyOn(catalogApi, 'getEntitiesByRefs');
  const api = createReaderEntityPresentationApi({
    catalogApi,
    language: () => language,
  });
  return { api, getEntitiesByRefs };
}

describe('createReaderEntityPresentationApi', () => {
  it("describes a Cloud π team by reference in the reader's language", async () => {
    const { api, getEntitiesByRefs } = presentation('fr');
    const shown = await api.forEntity('group:sandbox/cpin-portail').promise;
    expect(shown.primaryTitle).toBe('portail');
    expect(shown.secondaryTitle).not.toContain('Owner and members');
    expect(shown.secondaryTitle).toContain(
      'Propriétaire et membres du projet Cloud π Native portail.',
    );
    // Backstage's loader asks for a few fields only: the annotations with
    // the provider's descriptions must be among them.
    expect(getEntitiesByRefs).toHaveBeenCalledWith(
      expect.objectContaining({
        fields: expect.arrayContaining(['metadata.annotations']),
      }),
      undefined,
    );
  });

  it('keeps the English description for an English reader', async () => {
    const { api } = presentation('en');
    const shown = await api.forEntity('group:sandbox/cpin-portail').promise;
    expect(shown.secondaryTitle).toContain(
      'Owner and members of the Cloud π Native project portail.',
    );
  });

  it('describes an entity given whole, without asking the catalog', async () => {
    const { api, getEntitiesByRefs } = presentation('fr');
    expect(api.forEntity(TEAM).snapshot.secondaryTitle).toContain(
      'Propriétaire et membres du projet Cloud π Native portail.',
    );
    expect(getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('leaves the entities of other providers alone', async () => {
    const { api } = presentation('fr');
    const shown = await api.forEntity('group:default/platform').promise;
    expect(shown.secondaryTitle).toContain('Platform team');
    expect(shown.secondaryTitle).not.toContain('Équipe plateforme');
  });
});
