/**
 * Project permission bits, as numbered by the console (never renumber).
 *
 * @public
 */
export const PROJECT_PERMS = {
  GUEST: 1n << 0n,
  MANAGE: 1n << 1n,
  MANAGE_MEMBERS: 1n << 2n,
  MANAGE_ENVIRONMENTS: 1n << 3n,
  MANAGE_REPOSITORIES: 1n << 4n,
  MANAGE_ROLES: 1n << 5n,
  SEE_SECRETS: 1n << 6n,
  REPLAY_HOOKS: 1n << 7n,
  LIST_ENVIRONMENTS: 1n << 8n,
  LIST_REPOSITORIES: 1n << 9n,
  LIST_MEMBERS: 1n << 10n,
  LIST_ROLES: 1n << 11n,
  MANAGE_DEPLOYMENTS: 1n << 12n,
  LIST_DEPLOYMENTS: 1n << 13n,
} as const;

/**
 * Platform (admin) permission bits, as numbered by the console.
 *
 * @public
 */
export const ADMIN_PERMS = {
  LIST: 1n << 0n,
  MANAGE: 1n << 1n,
  MANAGE_USERS: 1n << 2n,
  MANAGE_PROJECTS: 1n << 3n,
  MANAGE_ROLES: 1n << 4n,
  MANAGE_CLUSTERS: 1n << 5n,
  MANAGE_ZONES: 1n << 6n,
  MANAGE_STAGES: 1n << 7n,
  MANAGE_SYSTEM: 1n << 8n,
  LIST_USERS: 1n << 9n,
  LIST_PROJECTS: 1n << 10n,
  LIST_ROLES: 1n << 11n,
  LIST_CLUSTERS: 1n << 12n,
  LIST_ZONES: 1n << 13n,
  LIST_STAGES: 1n << 14n,
  LIST_SYSTEM: 1n << 15n,
  MANAGE_ADMIN_TOKEN: 1n << 16n,
  LIST_ADMIN_TOKEN: 1n << 17n,
} as const;

/** Name of a project permission bit. @public */
export type ProjectPermName = keyof typeof PROJECT_PERMS;

/** Name of a platform permission bit. @public */
export type AdminPermName = keyof typeof ADMIN_PERMS;

/**
 * Parses a permission bitfield as the console serialises it (a decimal string,
 * since the values are BigInts), rejecting anything else instead of guessing.
 *
 * @public
 */
export function parsePerms(value: string | number | bigint): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new TypeError('Permissions cannot be negative');
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new TypeError(`Invalid permissions value: ${value}`);
    }
    return BigInt(value);
  }
  if (!/^\d+$/.test(value.trim())) {
    throw new TypeError(`Invalid permissions value: "${value}"`);
  }
  return BigInt(value.trim());
}

/** Serialises a bitfield the way the console does (decimal string). @public */
export function formatPerms(value: bigint): string {
  return value.toString(10);
}

/** ORs permission bits together. @public */
export function combinePerms(...values: bigint[]): bigint {
  return values.reduce((acc, v) => acc | v, 0n);
}

/** Whether any of `bits` is set in `perms`. @public */
export function hasAnyPerm(perms: bigint, bits: bigint): boolean {
  return (perms & bits) !== 0n;
}

/** Names of the project bits set in a bitfield, for display and logs. @public */
export function projectPermNames(perms: bigint): ProjectPermName[] {
  return (Object.keys(PROJECT_PERMS) as ProjectPermName[]).filter(
    name => (perms & PROJECT_PERMS[name]) !== 0n,
  );
}
