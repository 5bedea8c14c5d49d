import {
  backoffDelay,
  isRetryableMethod,
  isRetryableStatus,
  retryAfterDelay,
} from './retryPolicy';

const options = { max: 3, baseDelayMs: 200, maxDelayMs: 1_000 };

describe('retry policy', () => {
  it('retries only reads', () => {
    expect(['GET', 'HEAD'].map(isRetryableMethod)).toEqual([true, true]);
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].map(isRetryableMethod)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('retries only 429 and 503', () => {
    expect([429, 503].map(isRetryableStatus)).toEqual([true, true]);
    expect([400, 500, 502, 504].map(isRetryableStatus)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('doubles the delay at each retry, with jitter on its upper half', () => {
    expect(
      [1, 2, 3].map(retry => backoffDelay(retry, options, () => 0)),
    ).toEqual([100, 200, 400]);
    expect(
      [1, 2, 3].map(retry => backoffDelay(retry, options, () => 1)),
    ).toEqual([200, 400, 800]);
  });

  it('caps the backoff', () => {
    expect(backoffDelay(10, options, () => 1)).toBe(1_000);
  });

  it('reads Retry-After in seconds', () => {
    expect(retryAfterDelay('2', 5_000)).toBe(2_000);
  });

  it('reads Retry-After as an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(retryAfterDelay('Wed, 21 Oct 2026 07:28:03 GMT', 5_000, now)).toBe(
      3_000,
    );
    expect(retryAfterDelay('Wed, 21 Oct 2026 07:27:00 GMT', 5_000, now)).toBe(
      0,
    );
  });

  it('caps Retry-After', () => {
    expect(retryAfterDelay('3600', 5_000)).toBe(5_000);
  });

  it.each([null, '', 'soon', '-1'])('ignores the Retry-After %p', header => {
    expect(retryAfterDelay(header, 5_000)).toBeUndefined();
  });
});
