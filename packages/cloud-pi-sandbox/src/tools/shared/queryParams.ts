import type { Request } from 'express';

/** A query parameter as a single string (the first one when repeated). */
export function queryString(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (Array.isArray(value)) {
    return typeof value[0] === 'string' ? value[0] : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable query parameter (`a=1&a=2`, `a[]=1`, or comma-free single). */
export function queryList(req: Request, name: string): string[] {
  const value = req.query[name] ?? req.query[`${name}[]`];
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

/** Go's `strconv.ParseBool` accepted spellings. */
export function parseGoBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}
