import type { Entity } from '@backstage/catalog-model';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { catalogRelationCards, showsRelations } from './relationCards';

const component = (options: {
  cloudPi: boolean;
  relations?: Entity['relations'];
}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'portail-api',
    namespace: 'sandbox',
    annotations: options.cloudPi
      ? {
          'cloud-pi-native.fr/instance': 'sandbox',
          'cloud-pi-native.fr/project-slug': 'portail',
        }
      : {},
  },
  spec: {},
  relations: options.relations ?? [],
});

const dependsOnResources = showsRelations({
  kind: 'component',
  type: 'dependsOn',
  targetKind: 'resource',
});

describe('relation cards', () => {
  it('show on a Cloud π repository that has such relations', () => {
    const entity = component({
      cloudPi: true,
      relations: [
        { type: 'dependsOn', targetRef: 'resource:sandbox/portail-dev' },
      ],
    });
    expect(dependsOnResources(entity)).toBe(true);
  });

  it('step back on a Cloud π repository without them', () => {
    const entity = component({
      cloudPi: true,
      relations: [
        { type: 'dependsOn', targetRef: 'component:sandbox/portail-front' },
        { type: 'partOf', targetRef: 'system:sandbox/portail' },
      ],
    });
    expect(dependsOnResources(entity)).toBe(false);
  });

  it('keep Backstage’s behaviour elsewhere: every entity of their kind', () => {
    expect(dependsOnResources(component({ cloudPi: false }))).toBe(true);
    expect(
      dependsOnResources({ ...component({ cloudPi: false }), kind: 'System' }),
    ).toBe(false);
  });

  it('replace the filters of the catalog’s relation cards', () => {
    const bare = component({ cloudPi: true });
    for (const card of catalogRelationCards) {
      const filter = createExtensionTester(card).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      );
      expect(filter).toBeDefined();
      expect(filter!(bare)).toBe(false);
    }
  });
});
