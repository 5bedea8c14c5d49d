/** Just enough of a browser: a cookie jar per host, redirects followed by hand. */
class CookieJarClient {
  readonly #jars = new Map<string, Map<string, string>>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const jar = this.#jars.get(target.host);
    if (jar?.size) {
      headers.set(
        'cookie',
        [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      );
    }
    const response = await fetch(target, {
      ...init,
      headers,
      redirect: 'manual',
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = setCookie.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const cookies = this.#jars.get(target.host) ?? new Map();
      this.#jars.set(target.host, cookies);
      if (value === '' || attributes.some(a => /^\s*max-age=0/i.test(a))) {
        cookies.delete(name);
      } else {
        cookies.set(name, value);
      }
    }
    return response;
  }

  /** Follows redirects; returns the last answer and where it came from. */
  async follow(
    url: string,
    init: RequestInit = {},
  ): Promise<{ response: Response; url: URL }> {
    let current = new URL(url);
    let response = await this.request(current.href, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) break;
      current = new URL(location, current);
      response = await this.request(current.href);
    }
    return { response, url: current };
  }
}

/**
 * Signs a sandbox user in to a Backstage backend the way the app's sign-in
 * popup does: the OIDC provider's start route, the realm's login form, then
 * the handler's page, which carries the Backstage identity token the
 * frontend sends on every call.
 */
export async function signInBackstageUser(options: {
  backendUrl: string;
  email: string;
  password: string;
}): Promise<string> {
  const { backendUrl, email, password } = options;
  const browser = new CookieJarClient();
  const start = `${backendUrl}/api/auth/oidc/start?env=development&scope=${encodeURIComponent(
    'openid profile email',
  )}`;
  const form = await browser.follow(start);
  const page = await form.response.text();
  const action = page.match(/<form[^>]*action="([^"]+)"/)?.[1];
  if (!action) {
    throw new Error(
      `Sign-in of ${email}: no login form (${form.response.status} at ${form.url})`,
    );
  }
  const done = await browser.follow(
    new URL(action.replace(/&amp;/g, '&'), form.url).href,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: email, password }).toString(),
    },
  );
  if (!done.url.pathname.endsWith('/api/auth/oidc/handler/frame')) {
    throw new Error(`Sign-in of ${email} ended at ${done.url}`);
  }
  // The handler answers the popup's page, which posts the sign-in result
  // (with the Backstage identity) to the app's window.
  const frame = await done.response.text();
  const encoded = frame.match(
    /authResponse = decodeURIComponent\('([^']*)'\)/,
  )?.[1];
  const message = encoded
    ? (JSON.parse(decodeURIComponent(encoded)) as {
        response?: { backstageIdentity?: { token?: string } };
        error?: { message?: string };
      })
    : undefined;
  const token = message?.response?.backstageIdentity?.token;
  if (!token) {
    throw new Error(
      `Sign-in of ${email} failed at the handler (${done.response.status}): ${
        message?.error?.message ?? frame.slice(0, 300)
      }`,
    );
  }
  return token;
}
