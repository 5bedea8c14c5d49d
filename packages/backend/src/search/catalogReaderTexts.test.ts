import type { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import {
  LunrSearchEngine,
  TestPipeline,
} from '@backstage/plugin-search-backend-node';
import { catalogDocumentWithReaderTexts } from './catalogReaderTexts';

const repository = (
  name: string,
  annotations: Record<string, string>,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'sandbox',
    title: name,
    description: `Application repository ${name} of the Cloud π Native project portail.`,
    annotations,
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:sandbox/cpin-portail',
  },
});

const fromProvider = (name: string) =>
  repository(name, {
    'cloud-pi-native.fr/instance': 'sandbox',
    'cloud-pi-native.fr/description-fr': `Dépôt applicatif ${name} du projet Cloud π Native portail.`,
  });

describe('catalogDocumentWithReaderTexts', () => {
  it("adds the provider's French description beside the English text", () => {
    const document = catalogDocumentWithReaderTexts(fromProvider('api'));
    expect(document).toMatchObject({
      title: 'api',
      text: 'Application repository api of the Cloud π Native project portail.',
      text_fr: 'Dépôt applicatif api du projet Cloud π Native portail.',
    });
  });

  it('gives the documents of other entities an empty French text', () => {
    // The annotation alone is not the provider's: another entity keeps its
    // English description only.
    const document = catalogDocumentWithReaderTexts(
      repository('other', {
        'cloud-pi-native.fr/description-fr': 'Un texte d’ailleurs.',
      }),
    );
    expect(document).toHaveProperty('text_fr', '');
    expect(document.text).toBe(
      'Application repository other of the Cloud π Native project portail.',
    );
  });

  it('lets the in-memory engine find a repository by a French word, whichever entity comes first', async () => {
    const engine = new LunrSearchEngine({ logger: mockServices.logger.mock() });
    // The collator adds each document's location after the transformer.
    const documents = [repository('other', {}), fromProvider('api')].map(
      entity => ({
        ...catalogDocumentWithReaderTexts(entity),
        location: `/catalog/sandbox/component/${entity.metadata.name}`,
      }),
    );
    const { error } = await TestPipeline.fromIndexer(
      await engine.getIndexer('software-catalog'),
    )
      .withDocuments(documents)
      .execute();
    expect(error).toBeUndefined();

    const { results } = await engine.query({ term: 'applicatif' });
    expect(results.map(r => r.document.title)).toEqual(['api']);
    expect(results[0].highlight?.fields.text_fr).toContain('applicatif');
  });
});
