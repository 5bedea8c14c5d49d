import express, {
  Router,
  type ErrorRequestHandler,
  type Request,
  type Response,
} from 'express';
import type Provider from 'oidc-provider';
import type { OidcAccountDirectory } from './accounts';
import { errorPage, loginPage } from './pages';

type ConsentDetails = {
  missingOIDCScope?: string[];
  missingOIDCClaims?: string[];
  missingResourceScopes?: Record<string, string[]>;
};

function asyncRoute(fn: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response, next: (error?: unknown) => void) => {
    fn(req, res).catch(next);
  };
}

/**
 * The realm's interaction pages (`/login-actions/<uid>`): the login form,
 * and an automatic consent, since every client of the sandbox realm is
 * first-party (like Keycloak with consent not required).
 */
export function interactionRoutes(
  provider: Provider,
  accounts: OidcAccountDirectory,
  mountPath: string,
): Router {
  const router = Router();
  const action = (uid: string) => `${mountPath}/login-actions/${uid}/login`;

  router.get(
    '/login-actions/:uid',
    asyncRoute(async (req, res) => {
      const interaction = await provider.interactionDetails(req, res);
      const clientId = String(interaction.params.client_id);
      if (interaction.prompt.name === 'login') {
        res
          .type('html')
          .send(loginPage({ action: action(interaction.uid), clientId }));
        return;
      }
      const details = interaction.prompt.details as ConsentDetails;
      const grant = interaction.grantId
        ? (await provider.Grant.find(interaction.grantId))!
        : new provider.Grant({
            accountId: interaction.session!.accountId,
            clientId,
          });
      if (details.missingOIDCScope) {
        grant.addOIDCScope(details.missingOIDCScope.join(' '));
      }
      if (details.missingOIDCClaims) {
        grant.addOIDCClaims(details.missingOIDCClaims);
      }
      for (const [indicator, scopes] of Object.entries(
        details.missingResourceScopes ?? {},
      )) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    }),
  );

  router.post(
    '/login-actions/:uid/login',
    express.urlencoded({ extended: false }),
    asyncRoute(async (req, res) => {
      const interaction = await provider.interactionDetails(req, res);
      const login = String(req.body?.login ?? '').trim();
      const password = String(req.body?.password ?? '');
      const account = accounts.findByLogin(login);
      if (!account || account.password !== password) {
        // Keycloak re-renders the form (200) with the error.
        res.type('html').send(
          loginPage({
            action: action(interaction.uid),
            clientId: String(interaction.params.client_id),
            login,
            error: 'Identifiant ou mot de passe invalide.',
          }),
        );
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.id } },
        { mergeWithLastSubmission: false },
      );
    }),
  );

  return router;
}

/** Renders interaction failures (expired or missing interaction) as a page. */
export const interactionErrorHandler: ErrorRequestHandler = (
  error,
  _req,
  res,
  next,
) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const status =
    typeof error?.status === 'number' && error.status < 500
      ? error.status
      : 500;
  res
    .status(status)
    .type('html')
    .send(
      errorPage({
        error: error?.error ?? 'server_error',
        error_description: error?.error_description ?? error?.message ?? '',
      }),
    );
};
