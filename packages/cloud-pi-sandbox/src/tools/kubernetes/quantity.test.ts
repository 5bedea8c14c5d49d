import { GIB, MIB, binaryQuantity, decimalQuantity } from './quantity';

describe('Kubernetes quantities', () => {
  it.each([
    [2, '2'],
    [0.5, '500m'],
    [0.25, '250m'],
    [1.5, '1500m'],
    [0, '0'],
  ])('prints %p cores as %s', (value, expected) => {
    expect(decimalQuantity(value)).toBe(expected);
  });

  it.each([
    [4 * GIB, '4Gi'],
    [1.5 * GIB, '1536Mi'],
    [384 * MIB, '384Mi'],
    [1024 * MIB, '1Gi'],
    [0, '0'],
    [1000, '1000'],
  ])('prints %p bytes as %s', (bytes, expected) => {
    expect(binaryQuantity(bytes)).toBe(expected);
  });
});
