import { escapeHtml } from '../util/html';

const STYLE =
  'body{font-family:system-ui,sans-serif;background:#f6f6f6;margin:0}' +
  'main{max-width:24rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.15)}' +
  'label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;box-sizing:border-box}' +
  'button{margin-top:1.5rem;width:100%;padding:.6rem;background:#000091;color:#fff;border:0;border-radius:4px;font-size:1rem}' +
  '.error{color:#ce0500}';

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

/** The realm's login form (inputs `login` and `password`, like Keycloak's). */
export function loginPage(options: {
  action: string;
  clientId: string;
  login?: string;
  error?: string;
}): string {
  return layout(
    'Connexion — Cloud π Native',
    `<h1>Cloud π Native</h1>
<p>Connectez-vous pour accéder à <strong>${escapeHtml(
      options.clientId,
    )}</strong>.</p>
${
  options.error
    ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>`
    : ''
}
<form method="post" action="${escapeHtml(options.action)}" autocomplete="off">
<label for="login">Adresse e-mail ou identifiant</label>
<input id="login" name="login" type="text" value="${escapeHtml(
      options.login ?? '',
    )}" autofocus required>
<label for="password">Mot de passe</label>
<input id="password" name="password" type="password" required>
<button type="submit">Se connecter</button>
</form>`,
  );
}

/** The RP-initiated logout confirmation (submitted automatically). */
export function logoutPage(form: string): string {
  return layout(
    'Déconnexion — Cloud π Native',
    `<h1>Déconnexion</h1>
<p>Voulez-vous vous déconnecter ?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Se déconnecter</button>
<script>document.forms['op.logoutForm'].requestSubmit?.(document.querySelector('button[name=logout]'));</script>`,
  );
}

/** Shown after a logout without a post-logout redirect. */
export function loggedOutPage(): string {
  return layout(
    'Déconnecté — Cloud π Native',
    '<h1>Vous êtes déconnecté</h1><p>Vous pouvez fermer cette fenêtre.</p>',
  );
}

/** The provider's error page. */
export function errorPage(details: Record<string, unknown>): string {
  return layout(
    'Erreur — Cloud π Native',
    `<h1>Une erreur est survenue</h1>${Object.entries(details)
      .map(
        ([key, value]) =>
          `<p><strong>${escapeHtml(key)}</strong> : ${escapeHtml(
            String(value),
          )}</p>`,
      )
      .join('')}`,
  );
}
