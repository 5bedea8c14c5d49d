import {
  LabelSelectorError,
  matchesLabels,
  parseLabelSelector,
} from './labelSelector';

describe('label selectors', () => {
  const labels = {
    'dso/project.slug': 'stform',
    'dso/environment': 'demo',
    'dso/type': 'app',
  };

  it.each([
    ['dso/project.slug=stform', true],
    ['dso/project.slug==stform,dso/environment=demo', true],
    ['dso/project.slug=other', false],
    ['dso/type!=root', true],
    ['dso/type!=app', false],
    ['missing!=x', true],
    ['dso/type in (app, infrastructure)', true],
    ['dso/type in (root)', false],
    ['dso/type notin (root,observability)', true],
    ['dso/type notin (app)', false],
    ['missing notin (app)', true],
    ['dso/environment', true],
    ['missing', false],
    ['!missing', true],
    ['!dso/environment', false],
    ['dso/project.slug=stform, dso/type in (app,root), !missing', true],
    ['', true],
  ])('%s → %s', (selector, expected) => {
    expect(matchesLabels(parseLabelSelector(selector), labels)).toBe(expected);
  });

  it('treats an empty value as "label set to the empty string"', () => {
    expect(matchesLabels(parseLabelSelector('a='), { a: '' })).toBe(true);
    expect(matchesLabels(parseLabelSelector('a='), {})).toBe(false);
  });

  it.each(['a=b=c', 'in (x)', 'a in (b c)', '-bad=x', 'a=-x-'])(
    'rejects %s',
    selector => {
      expect(() => parseLabelSelector(selector)).toThrow(LabelSelectorError);
    },
  );
});
