import fr from './fr';
import { cloudPiNativeMessages } from './translation';

function flatten(messages: object, prefix = ''): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>(
    (flat, [key, value]) =>
      typeof value === 'string'
        ? { ...flat, [`${prefix}${key}`]: value }
        : { ...flat, ...flatten(value, `${prefix}${key}.`) },
    {},
  );
}

const placeholders = (message: string) =>
  [...message.matchAll(/{{\s*(\w+)\s*}}/g)].map(match => match[1]).sort();

describe('French translation', () => {
  const english = flatten(cloudPiNativeMessages);
  const french = fr.messages as Record<string, string | null>;

  it('translates every message', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of Object.entries(french)) {
      expect({ key, empty: !message?.trim() }).toEqual({ key, empty: false });
    }
  });

  it('keeps the interpolation variables of every message', () => {
    for (const [key, message] of Object.entries(english)) {
      expect({ key, variables: placeholders(french[key] ?? '') }).toEqual({
        key,
        variables: placeholders(message),
      });
    }
  });
});
