import type { NextFunction, Request, Response } from 'express';

/**
 * Parses the text fields of a `multipart/form-data` body (what `curl -F`
 * sends) into `req.body`. Files are not supported: no fake route takes one.
 */
export function multipartFields(maxBytes = 1_000_000) {
  return (req: Request, res: Response, next: NextFunction) => {
    const type = req.headers['content-type'] ?? '';
    const boundary =
      /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
    if (!boundary || (req as { _body?: boolean })._body) {
      next();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBytes) {
        res.status(413).json({ message: '413 Request Entity Too Large' });
        return;
      }
      req.body = parseParts(
        Buffer.concat(chunks).toString('utf8'),
        boundary[1] ?? boundary[2],
      );
      next();
    });
    req.on('error', next);
  };
}

function parseParts(body: string, boundary: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of body.split(`--${boundary}`)) {
    const separator = part.indexOf('\r\n\r\n');
    if (separator < 0) continue;
    const headers = part.slice(0, separator);
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(
      headers,
    )?.[1];
    if (name === undefined || /filename=/i.test(headers)) continue;
    fields[name] = part.slice(separator + 4).replace(/\r\n$/, '');
  }
  return fields;
}
