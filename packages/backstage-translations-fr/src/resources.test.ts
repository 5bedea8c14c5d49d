import { coreComponentsTranslationRef } from '@backstage/core-components';
import type { TranslationRef } from '@backstage/frontend-plugin-api';
import { apiDocsTranslationRef } from '@backstage/plugin-api-docs';
import { catalogTranslationRef } from '@backstage/plugin-catalog';
import { catalogGraphTranslationRef } from '@backstage/plugin-catalog-graph';
import { catalogImportTranslationRef } from '@backstage/plugin-catalog-import';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react';
import { homeTranslationRef } from '@backstage/plugin-home';
import { homeReactTranslationRef } from '@backstage/plugin-home-react';
import { kubernetesTranslationRef } from '@backstage/plugin-kubernetes';
import { kubernetesReactTranslationRef } from '@backstage/plugin-kubernetes-react';
import { notificationsTranslationRef } from '@backstage/plugin-notifications';
import { orgTranslationRef } from '@backstage/plugin-org';
import { scaffolderTranslationRef } from '@backstage/plugin-scaffolder';
import { scaffolderReactTranslationRef } from '@backstage/plugin-scaffolder-react';
import { searchTranslationRef } from '@backstage/plugin-search';
import { searchReactTranslationRef } from '@backstage/plugin-search-react';
import { techdocsTranslationRef } from '@backstage/plugin-techdocs/alpha';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings';
import { backstageTranslationsFr } from './resources';

/** The refs this package must cover, as installed (not as when written). */
const refs: TranslationRef[] = [
  coreComponentsTranslationRef,
  catalogTranslationRef,
  catalogReactTranslationRef,
  scaffolderTranslationRef,
  scaffolderReactTranslationRef,
  userSettingsTranslationRef,
  searchTranslationRef,
  searchReactTranslationRef,
  homeTranslationRef,
  homeReactTranslationRef,
  kubernetesTranslationRef,
  kubernetesReactTranslationRef,
  notificationsTranslationRef,
  orgTranslationRef,
  apiDocsTranslationRef,
  catalogGraphTranslationRef,
  catalogImportTranslationRef,
  techdocsTranslationRef,
];

// The resource and ref objects are opaque in the public types; their
// runtime shape (`resources[].loader`, `getDefaultMessages()`) is the one the
// app's translation API reads.
interface ResourceInternals {
  id: string;
  resources: Array<{
    language: string;
    loader(): Promise<{ messages: Record<string, string | null> }>;
  }>;
}

function englishMessages(ref: TranslationRef): Record<string, string> {
  return (
    ref as unknown as { getDefaultMessages(): Record<string, string> }
  ).getDefaultMessages();
}

async function frenchMessages(id: string) {
  const resource = (
    backstageTranslationsFr as unknown as ResourceInternals[]
  ).find(candidate => candidate.id === id);
  const fr = resource?.resources.find(entry => entry.language === 'fr');
  if (!fr) throw new Error(`no French resource for ${id}`);
  return (await fr.loader()).messages;
}

/** `{{name}}`, `{{ count }}`, `{{index, number}}` and material-table's `{from}`. */
const placeholders = (message: string) =>
  [...message.matchAll(/{{\s*([\w.]+)[^}]*}}|{(\w+)}/g)]
    .map(match => match[1] ?? match[2])
    .sort();

/** French punctuation outside code spans and URLs. */
function typographyProblems(message: string): string[] {
  const prose = message.replace(/`[^`]*`/g, '').replace(/\S+:\/\/\S+/g, '');
  const problems: string[] = [];
  for (const match of prose.matchAll(/(.)([:;?!])(?=\s|$|["»)])/g)) {
    const [, before, mark] = match;
    const expected = mark === ':' ? '\u00a0' : '\u202f';
    if (before !== expected && before !== '\u00a0' && before !== '\u202f') {
      problems.push(`no non-breaking space before "${mark}"`);
    }
  }
  if (/'/.test(prose)) problems.push('straight apostrophe (use ’)');
  if (/«(?!\u00a0)|(?<!\u00a0)»/.test(prose)) {
    problems.push('guillemets without non-breaking spaces');
  }
  return problems;
}

describe('backstageTranslationsFr', () => {
  it('has one resource per covered translation ref', () => {
    const ids = (backstageTranslationsFr as unknown as ResourceInternals[]).map(
      resource => resource.id,
    );
    expect(ids.sort()).toEqual(refs.map(ref => ref.id).sort());
  });

  describe.each(refs.map(ref => [ref.id, ref] as const))('%s', (id, ref) => {
    it('translates every English message of the installed version', async () => {
      const english = englishMessages(ref);
      const french = await frenchMessages(id);
      expect(Object.keys(english).length).toBeGreaterThan(0);
      const missing = Object.keys(english).filter(key => !french[key]?.trim());
      const unknown = Object.keys(french).filter(key => !(key in english));
      expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
    });

    it('keeps the placeholders of every message', async () => {
      const english = englishMessages(ref);
      const french = await frenchMessages(id);
      const differing = Object.keys(english).filter(
        key =>
          placeholders(english[key]).join() !==
          placeholders(french[key] ?? '').join(),
      );
      expect(differing).toEqual([]);
    });

    it('follows French typography', async () => {
      const french = await frenchMessages(id);
      const problems = Object.entries(french).flatMap(([key, message]) =>
        typographyProblems(message ?? '').map(problem => `${key}: ${problem}`),
      );
      expect(problems).toEqual([]);
    });
  });
});
