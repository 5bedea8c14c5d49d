/** A realm account (a Keycloak user). `id` is the `sub`. */
export interface OidcAccount {
  id: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  password: string;
}

/** Where the realm finds its accounts and their group memberships. */
export interface OidcAccountDirectory {
  findById(id: string): OidcAccount | undefined;
  /** By e-mail or username, case-insensitively. */
  findByLogin(login: string): OidcAccount | undefined;
  /** Keycloak group paths of the account (the `groups` claim). */
  groupsOf(account: OidcAccount): string[];
}

/** The user claims Keycloak puts in ID tokens, access tokens and userinfo. */
export function accountClaims(
  account: OidcAccount,
  directory: OidcAccountDirectory,
) {
  return {
    sub: account.id,
    email: account.email,
    email_verified: true,
    name: `${account.firstName} ${account.lastName}`.trim(),
    given_name: account.firstName,
    family_name: account.lastName,
    preferred_username: account.username,
    groups: directory.groupsOf(account),
  };
}
