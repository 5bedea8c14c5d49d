/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A small self-contained HTML page for the web-UI stand-ins, so the links the
 * portal renders (GitLab, Grafana, SonarQube, Argo CD, Vault UI) are not dead.
 * `body` must already be escaped.
 */
export function htmlPage(options: {
  tool: string;
  title: string;
  body: string;
}): string {
  const title = escapeHtml(options.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} · ${escapeHtml(options.tool)} (Cloud π sandbox)</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1f2933;padding:0 1rem}
header{border-bottom:1px solid #d9e2ec;margin-bottom:1rem}
.tool{color:#627d98;font-size:.9rem;text-transform:uppercase;letter-spacing:.05em}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eef2f7;padding:.3rem .5rem;text-align:left}
code{background:#f0f4f8;padding:0 .2rem}.note{color:#627d98;font-size:.85rem;margin-top:2rem}
</style>
</head>
<body>
<header><div class="tool">${escapeHtml(
    options.tool,
  )}</div><h1>${title}</h1></header>
${options.body}
<p class="note">Stand-in page of the Cloud π Native sandbox: the real tool is not running here.</p>
</body>
</html>
`;
}
