import { NotAllowedError, ResponseError } from '@backstage/errors';
import { classifyCloudPiError } from './errors';

async function responseError(status: number, name?: string) {
  const body = name
    ? JSON.stringify({
        error: { name, message: 'nope' },
        response: { statusCode: status },
      })
    : 'upstream exploded';
  return ResponseError.fromResponse(
    new Response(body, {
      status,
      headers: { 'content-type': name ? 'application/json' : 'text/plain' },
    }),
  );
}

describe('classifyCloudPiError', () => {
  it('uses the server-side error name of a ResponseError', async () => {
    expect(
      classifyCloudPiError(await responseError(403, 'NotAllowedError')),
    ).toBe('forbidden');
    expect(
      classifyCloudPiError(await responseError(404, 'NotFoundError')),
    ).toBe('notFound');
  });

  it('falls back to the HTTP status when the body is not a Backstage error', async () => {
    expect(classifyCloudPiError(await responseError(403))).toBe('forbidden');
    expect(classifyCloudPiError(await responseError(401))).toBe(
      'unauthenticated',
    );
    expect(classifyCloudPiError(await responseError(502))).toBe('other');
  });

  it('classifies plain errors by name', () => {
    expect(classifyCloudPiError(new NotAllowedError('no'))).toBe('forbidden');
    expect(classifyCloudPiError(new TypeError('boom'))).toBe('other');
  });
});
