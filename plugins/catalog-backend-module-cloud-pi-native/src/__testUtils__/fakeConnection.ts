import {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';

/** An `EntityProviderConnection` recording every mutation. */
export function fakeConnection(
  onMutation?: (mutation: EntityProviderMutation) => void,
): EntityProviderConnection & {
  mutations: EntityProviderMutation[];
} {
  const mutations: EntityProviderMutation[] = [];
  return {
    mutations,
    applyMutation: async mutation => {
      mutations.push(mutation);
      onMutation?.(mutation);
    },
    refresh: async () => {},
  };
}
