import {
  type CloudPiTranslate,
  memoizedTranslate,
} from './useCloudPiTranslation';

describe('memoizedTranslate', () => {
  const setup = () => {
    const t = jest.fn((key: string, options?: { value?: unknown }) =>
      options ? `${key}:${String(options.value)}` : key,
    );
    const memo = new Map<string, string>();
    const translate = memoizedTranslate(
      t as unknown as CloudPiTranslate,
      memo,
    ) as unknown as (key: string, options?: object) => unknown;
    return { t, memo, translate };
  };

  it('translates each key and plain options once', () => {
    const { t, translate } = setup();
    expect(translate('common.copy', { value: 'ns' })).toBe('common.copy:ns');
    expect(translate('common.copy', { value: 'ns' })).toBe('common.copy:ns');
    expect(translate('common.copy', { value: 'other' })).toBe(
      'common.copy:other',
    );
    expect(translate('common.copied')).toBe('common.copied');
    expect(translate('common.copied')).toBe('common.copied');
    expect(t).toHaveBeenCalledTimes(3);
  });

  it('tells a number from the same digits in a string', () => {
    const { t, translate } = setup();
    translate('count', { value: 1 });
    translate('count', { value: '1' });
    expect(t).toHaveBeenCalledTimes(2);
  });

  it('always asks again when an option is an object (an element)', () => {
    const { t, memo, translate } = setup();
    const element = { type: 'b' };
    translate('common.copy', { value: element });
    translate('common.copy', { value: element });
    expect(t).toHaveBeenCalledTimes(2);
    expect(memo.size).toBe(0);
  });
});
