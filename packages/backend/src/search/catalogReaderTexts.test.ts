import type { Entity } from '@backstage/catalog-model';
import { catalogDocumentWithReaderTexts } from './catalogReaderTexts';

const repository = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'portail-api',
    namespace: 'sandbox',
    title: 'portail/api',
    description:
      'Application repository api of the Cloud π Native project portail.',
    annotations,
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:sandbox/cpin-portail',
  },
});

const FRENCH = {
  'cloud-pi-native.fr/description-fr':
    'Dépôt applicatif api du projet Cloud π Native portail.',
};

describe('catalogDocumentWithReaderTexts', () => {
  it("adds the provider's French description beside the English text", () => {
    const document = catalogDocumentWithReaderTexts(
      repository({ 'cloud-pi-native.fr/instance': 'sandbox', ...FRENCH }),
    );
    expect(document).toMatchObject({
      title: 'portail/api',
      text: 'Application repository api of the Cloud π Native project portail.',
      texts: { fr: 'Dépôt applicatif api du projet Cloud π Native portail.' },
    });
  });

  it('leaves the documents of other entities as Backstage shapes them', () => {
    const document = catalogDocumentWithReaderTexts(repository(FRENCH));
    expect(document).not.toHaveProperty('texts');
    expect(document.text).toBe(
      'Application repository api of the Cloud π Native project portail.',
    );
  });
});
