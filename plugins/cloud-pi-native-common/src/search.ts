/**
 * The field of a catalog search document that holds an entity's description
 * for a reader of `language`, beside Backstage's `text` (the English
 * `metadata.description`). A top-level string: Backstage's in-memory search
 * engine indexes nothing else.
 *
 * @public
 */
export function searchTextField(language: string): string {
  return `text_${language}`;
}
