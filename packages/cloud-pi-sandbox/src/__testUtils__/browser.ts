/**
 * A tiny cookie-keeping HTTP client that follows redirects by hand, enough to
 * drive the realm's browser flow (login form, consent, code) without a browser.
 */
export class TestBrowser {
  readonly #cookies = new Map<string, Map<string, string>>();

  /** Sends a request with the jar's cookies and stores the ones set. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.#cookieHeader(target);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, {
      ...init,
      headers,
      redirect: 'manual',
    });
    for (const setCookie of response.headers.getSetCookie()) {
      this.#store(target, setCookie);
    }
    return response;
  }

  /**
   * Follows redirects until a non-redirect answer or a URL `stop` accepts
   * (e.g. the client's redirect URI); returns the last response and URL.
   */
  async follow(
    url: string,
    init: RequestInit = {},
    stop: (url: URL) => boolean = () => false,
  ): Promise<{ response: Response; url: URL }> {
    let current = new URL(url);
    let response = await this.request(current.href, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) break;
      current = new URL(location, current);
      if (stop(current)) return { response, url: current };
      response = await this.request(current.href);
    }
    return { response, url: current };
  }

  #cookieHeader(url: URL): string {
    const jar = this.#cookies.get(url.host);
    if (!jar) return '';
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  #store(url: URL, setCookie: string): void {
    const [pair, ...attributes] = setCookie.split(';');
    const index = pair.indexOf('=');
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    let jar = this.#cookies.get(url.host);
    if (!jar) {
      jar = new Map();
      this.#cookies.set(url.host, jar);
    }
    const expired =
      attributes.some(a => /^\s*max-age=0/i.test(a)) || value === '';
    if (expired) jar.delete(name);
    else jar.set(name, value);
  }
}

/** Extracts the `action` of the first form of an HTML page. */
export function formAction(html: string): string {
  const match = html.match(/<form[^>]*action="([^"]+)"/);
  if (!match) throw new Error('No form in page');
  return match[1].replace(/&#(\d+);/g, (_m, code) =>
    String.fromCharCode(Number(code)),
  );
}
