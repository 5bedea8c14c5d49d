import {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';

/** An `EntityProviderConnection` recording every mutation. */
export function fakeConnection(): EntityProviderConnection & {
  mutations: EntityProviderMutation[];
} {
  const mutations: EntityProviderMutation[] = [];
  return {
    mutations,
    applyMutation: async mutation => {
      mutations.push(mutation);
    },
    refresh: async () => {},
  };
}
