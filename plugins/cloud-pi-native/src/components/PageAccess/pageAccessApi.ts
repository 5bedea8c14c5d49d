import { createApiRef } from '@backstage/core-plugin-api';
import type { PageAccessStore } from './PageAccessStore';

/**
 * The app-wide {@link PageAccessStore}: the cards, the access panel and the
 * links filter of a page are sibling extensions, with no common parent of
 * the plugin to hold a React context.
 */
export const pageAccessApiRef = createApiRef<PageAccessStore>({
  id: 'plugin.cloud-pi-native.page-access',
});
