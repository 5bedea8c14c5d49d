import { Request } from 'express';
import { readUserToken } from './userToken';

const requestWith = (value?: string) =>
  ({
    header: (name: string) =>
      name === 'x-cloud-pi-user-token' ? value : undefined,
  } as unknown as Request);

describe('readUserToken', () => {
  it('reads a raw or Bearer-prefixed access token', () => {
    expect(readUserToken(requestWith('eyJ.abc.d-_'))).toBe('eyJ.abc.d-_');
    expect(readUserToken(requestWith('Bearer eyJ.abc.def'))).toBe(
      'eyJ.abc.def',
    );
  });

  it.each([
    undefined,
    '',
    'Bearer ',
    'a b',
    'x\r\nInjected: 1',
    'a'.repeat(16_385),
  ])('refuses %j with an AuthenticationError', value => {
    expect(() => readUserToken(requestWith(value))).toThrow(
      expect.objectContaining({ name: 'AuthenticationError' }),
    );
  });
});
