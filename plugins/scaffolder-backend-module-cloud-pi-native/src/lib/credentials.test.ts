import { AuthenticationError } from '@backstage/errors';
import { readCaller } from './credentials';

function jwt(claims: object): string {
  const part = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part(claims)}.signature`;
}

describe('readCaller', () => {
  it('uses the platform access token as a Bearer and reads who it is', () => {
    const token = jwt({ sub: 'user-1', email: 'alice@example.fr' });

    expect(readCaller({ cloudPiToken: token, cloudPiPat: 'pat' })).toEqual({
      credential: { type: 'bearer', token },
      userId: 'user-1',
      email: 'alice@example.fr',
    });
  });

  it('falls back to a personal access token, identified by the Backstage user e-mail', () => {
    expect(
      readCaller(
        { cloudPiPat: ' sandbox-pat ' },
        { entity: { spec: { profile: { email: 'bob@example.fr' } } } },
      ),
    ).toEqual({
      credential: { type: 'token', token: 'sandbox-pat' },
      email: 'bob@example.fr',
    });
  });

  it('keeps an opaque access token without claims', () => {
    expect(readCaller({ cloudPiToken: 'opaque' })).toEqual({
      credential: { type: 'bearer', token: 'opaque' },
      userId: undefined,
      email: undefined,
    });
  });

  it.each([[undefined], [{}], [{ cloudPiToken: ' ', backstageToken: 'x' }]])(
    'refuses to go on without a user credential (%j)',
    secrets => {
      expect(() => readCaller(secrets)).toThrow(AuthenticationError);
    },
  );
});
