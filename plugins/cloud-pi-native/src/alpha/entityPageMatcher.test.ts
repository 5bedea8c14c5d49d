import { entityPageMatcher } from './entityPageMatcher';

const route =
  (base: string) =>
  ({ kind, namespace, name }: Record<string, string>) =>
    `${base}/${namespace}/${kind}/${name}`;

describe('entityPageMatcher', () => {
  const match = entityPageMatcher(route('/catalog'));

  it('gives the entity of its page and of its tabs', () => {
    const portail = { kind: 'system', namespace: 'sandbox', name: 'portail' };
    expect(match('/catalog/sandbox/system/portail')).toEqual(portail);
    expect(match('/catalog/sandbox/system/portail/')).toEqual(portail);
    expect(match('/catalog/sandbox/system/portail/environments')).toEqual(
      portail,
    );
  });

  it('decodes the escaped parts of the path', () => {
    expect(match('/catalog/default/component/a%3Fb')).toEqual({
      kind: 'component',
      namespace: 'default',
      name: 'a?b',
    });
    expect(match('/catalog/default/component/%E0%A4%A')).toBeUndefined();
  });

  it('ignores the other pages', () => {
    expect(match('/catalog')).toBeUndefined();
    expect(match('/catalog/sandbox/system')).toBeUndefined();
    expect(match('/settings')).toBeUndefined();
    expect(match('/other/catalog/sandbox/system/portail')).toBeUndefined();
  });

  it('follows the route wherever the app mounts it', () => {
    const moved = entityPageMatcher(route('/portal/entities'));
    expect(moved('/portal/entities/sandbox/system/portail')).toEqual({
      kind: 'system',
      namespace: 'sandbox',
      name: 'portail',
    });
    expect(moved('/catalog/sandbox/system/portail')).toBeUndefined();
  });
});
