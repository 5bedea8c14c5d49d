import { SecretRedactor } from './redaction';

describe('SecretRedactor', () => {
  it('hides known secrets and their URL-encoded form', () => {
    const redactor = new SecretRedactor(['s3cr3t/t0ken']);
    expect(redactor.redact('a s3cr3t/t0ken b s3cr3t%2Ft0ken')).toBe(
      'a *** b ***',
    );
  });

  it('ignores values too short to be secrets', () => {
    expect(new SecretRedactor(['abc', undefined]).redact('abc')).toBe('abc');
  });

  it('hides the credentials carried by a request', () => {
    const redactor = new SecretRedactor().forRequest(
      {
        authorization: 'Bearer user-oidc-token',
        'x-dso-token': 'pat-value-1',
        accept: 'application/json',
      },
      {
        internalRepoName: 'api',
        externalToken: 'ghp_external',
        nested: { password: 'pw-1234' },
      },
    );
    expect(
      redactor.redact(
        'user-oidc-token pat-value-1 ghp_external pw-1234 api application/json',
      ),
    ).toBe('*** *** *** *** api application/json');
  });

  it('replaces the longest secret first', () => {
    const redactor = new SecretRedactor(['abcd', 'abcdefgh']);
    expect(redactor.redact('abcdefgh')).toBe('***');
  });
});
