import { endpoint } from './endpoint';

describe('endpoint', () => {
  it('encodes each value as one path segment', () => {
    expect(endpoint`/api/v1/projects/${'a/b c'}/members/${42}`).toBe(
      '/api/v1/projects/a%2Fb%20c/members/42',
    );
  });

  it('keeps the literal parts untouched', () => {
    expect(endpoint`/api/v2/projects/${'demo'}/repositories?x`).toBe(
      '/api/v2/projects/demo/repositories?x',
    );
  });

  it.each(['', '.', '..'])('refuses the value %p', value => {
    expect(() => endpoint`/api/v1/projects/${value}`).toThrow(
      expect.objectContaining({ name: 'InputError' }),
    );
  });
});
