import { parseKubernetesQuantity } from './quantity';

describe('parseKubernetesQuantity', () => {
  it.each<[string, number]>([
    ['2', 2],
    ['0', 0],
    ['500m', 0.5],
    ['1500m', 1.5],
    ['0.25', 0.25],
    ['.5', 0.5],
    ['100u', 0.0001],
    ['250n', 2.5e-7],
    ['1k', 1_000],
    ['1.5k', 1_500],
    ['2M', 2_000_000],
    ['1G', 1e9],
    ['1E', 1e18],
    ['1Ki', 1_024],
    ['512Mi', 512 * 1024 ** 2],
    ['4Gi', 4 * 1024 ** 3],
    ['1.5Gi', 1.5 * 1024 ** 3],
    ['1Ti', 1024 ** 4],
    ['1e3', 1_000],
    ['1E3', 1_000],
    ['5e-3', 0.005],
    ['+1', 1],
    ['-1', -1],
  ])('parses %p', (quantity, expected) => {
    expect(parseKubernetesQuantity(quantity)).toBeCloseTo(expected, 12);
  });

  it.each(['', 'Gi', '1GB', '4 Gi', 'abc', '1.2.3', '1e', '1Kii', '0x10'])(
    'refuses %p',
    quantity => {
      expect(() => parseKubernetesQuantity(quantity)).toThrow(
        expect.objectContaining({ name: 'InputError' }),
      );
    },
  );
});
