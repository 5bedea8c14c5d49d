import type { Request, Response } from 'express';

/**
 * Offset pagination as GitLab does it: `page`/`per_page` (default 20, max
 * 100) and the `x-*` and `link` headers that clients such as gitbeaker follow.
 * `apiBaseUrl` is the public `/api/v4` URL; `req.path` must be relative to it.
 */
export function paginate<T>(
  req: Request,
  res: Response,
  items: T[],
  apiBaseUrl: string,
): T[] {
  const page = Math.max(
    1,
    Number.parseInt(String(req.query.page ?? '1'), 10) || 1,
  );
  const perPage = Math.min(
    100,
    Math.max(1, Number.parseInt(String(req.query.per_page ?? '20'), 10) || 20),
  );
  const total = items.length;
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const next = page < totalPages ? page + 1 : undefined;
  const prev = page > 1 ? Math.min(page - 1, totalPages) : undefined;

  const linkTo = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(req.query)) {
      if (key === 'page' || key === 'per_page') continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === 'string') params.append(key, v);
      }
    }
    params.set('page', String(target));
    params.set('per_page', String(perPage));
    return `<${apiBaseUrl}${req.path}?${params}>`;
  };
  const links = [
    prev ? `${linkTo(prev)}; rel="prev"` : undefined,
    next ? `${linkTo(next)}; rel="next"` : undefined,
    `${linkTo(1)}; rel="first"`,
    `${linkTo(totalPages)}; rel="last"`,
  ].filter(Boolean);

  res.setHeader('x-page', String(page));
  res.setHeader('x-per-page', String(perPage));
  res.setHeader('x-total', String(total));
  res.setHeader('x-total-pages', String(totalPages));
  res.setHeader('x-next-page', next ? String(next) : '');
  res.setHeader('x-prev-page', prev ? String(prev) : '');
  res.setHeader('link', links.join(', '));
  return items.slice((page - 1) * perPage, page * perPage);
}
