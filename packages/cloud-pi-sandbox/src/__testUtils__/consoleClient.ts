/** Credentials a console request is sent with. */
export type ConsoleAuth =
  | { token: string }
  | { bearer: string }
  | Record<string, never>;

/** A console response: status and parsed body. */
export interface ConsoleResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A minimal console client over real HTTP for the tests. */
export function consoleClient(baseUrl: string) {
  return async function call<T = any>(
    method: string,
    path: string,
    auth: ConsoleAuth = {},
    body?: unknown,
  ): Promise<ConsoleResponse<T>> {
    const headers: Record<string, string> = {};
    if ('token' in auth) headers['x-dso-token'] = auth.token;
    if ('bearer' in auth) headers.authorization = `Bearer ${auth.bearer}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    if (response.headers.get('content-type')?.includes('json') && text) {
      parsed = JSON.parse(text);
    }
    return {
      status: response.status,
      body: parsed as T,
      headers: response.headers,
    };
  };
}
