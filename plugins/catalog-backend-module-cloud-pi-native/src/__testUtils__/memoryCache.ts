import { CacheService } from '@backstage/backend-plugin-api';
import { JsonValue } from '@backstage/types';

/** A Map-backed cache service that ignores TTLs, for unit tests. */
export function memoryCache(
  store = new Map<string, JsonValue>(),
): CacheService & { store: Map<string, JsonValue> } {
  return {
    store,
    async get<T extends JsonValue>(key: string) {
      return store.get(key) as T | undefined;
    },
    async set(key: string, value: JsonValue) {
      store.set(key, JSON.parse(JSON.stringify(value)));
    },
    async delete(key: string) {
      store.delete(key);
    },
    withOptions() {
      return memoryCache(store);
    },
  };
}
