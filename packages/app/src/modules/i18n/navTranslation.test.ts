import { isDefaultPageTitle } from './navTranslation';

describe('isDefaultPageTitle', () => {
  it("translates Backstage's titles and the example's own French ones", () => {
    expect(isDefaultPageTitle('catalog', 'Catalog', undefined)).toBe(true);
    expect(isDefaultPageTitle('catalog', 'Catalogue', undefined)).toBe(true);
    expect(isDefaultPageTitle('scaffolder', 'Créer', undefined)).toBe(true);
    expect(isDefaultPageTitle('techdocs', 'TechDocs', 'TechDocs')).toBe(true);
  });

  it('keeps a title an adopter set in app-config', () => {
    expect(isDefaultPageTitle('catalog', 'Nos logiciels', undefined)).toBe(
      false,
    );
    expect(isDefaultPageTitle('scaffolder', 'Catalogue', undefined)).toBe(
      false,
    );
  });
});
