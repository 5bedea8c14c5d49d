import { z } from 'zod';
import { isUuid } from '../naming/hash';
import {
  emailSchema,
  externalRepoUrlSchema,
  repositoryNameSchema,
  roleNameSchema,
} from './rules';

/*
 * Bounds the portal adds on top of the console's own rules (rules.ts). The
 * console leaves these to its database, its tools or the network (a `real`
 * column, GitLab, Vault, an HTTP header limit); Backstage checks them before
 * any request so that bad input costs nothing upstream. The sandbox, a
 * stand-in of the console, keeps to the console's rules.
 */

/**
 * Largest CPU (cores), GPU and memory (GiB) amounts the console's project
 * form accepts (`max` of its budget fields). No environment can use more than
 * a project may budget, so the same maxima bound environments.
 *
 * @public
 */
export const RESOURCE_MAXIMA = { cpu: 1000, gpu: 100, memory: 1000 } as const;

/** A resource kind of {@link RESOURCE_MAXIMA}. @public */
export type ResourceKind = keyof typeof RESOURCE_MAXIMA;

/** Longest e-mail address SMTP can carry (RFC 5321: 256-octet path minus `<>`). @public */
export const EMAIL_MAX_LENGTH = 254;
/** Longest local part of an e-mail address (RFC 5321). @public */
export const EMAIL_LOCAL_PART_MAX_LENGTH = 64;
/** Longest URL the portal sends: the de facto limit of browsers and proxies. @public */
export const URL_MAX_LENGTH = 2048;
/**
 * Longest project slug: legacy slugs are `<organisation (≤ 10)>-<name (≤ 20)>`,
 * and a reused name gets a `-<n>` suffix.
 *
 * @public
 */
export const PROJECT_SLUG_MAX_LENGTH = 40;
/** Longest instance name (`cloudPiNative.instances[].name`), a DNS label. @public */
export const INSTANCE_NAME_MAX_LENGTH = 63;
/** Longest user name of a private external repository (GitLab's and GitHub's maxima are lower). @public */
export const EXTERNAL_USER_NAME_MAX_LENGTH = 255;
/** Longest token of a private external repository. @public */
export const EXTERNAL_TOKEN_MAX_LENGTH = 4096;
/** Longest Argo CD revision (a branch, tag, commit or semver range). @public */
export const DEPLOY_REVISION_MAX_LENGTH = 255;
/** Longest Argo CD path or Helm values file list. @public */
export const DEPLOY_PATH_MAX_LENGTH = 1024;
/** Most roles given to a member at once. @public */
export const MEMBER_ROLES_MAX = 50;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INSTANCE_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Whether a text holds a control character (line breaks included). @public */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // C0 and C1 control characters, DEL, the line and paragraph separators.
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
    if (code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/**
 * A CPU, GPU or memory amount within the console's maxima: finite, ≥ 0, at
 * most {@link RESOURCE_MAXIMA}; GPUs are whole devices (Kubernetes extended
 * resources such as `nvidia.com/gpu` cannot be split).
 *
 * @public
 */
export function boundedResourceAmountSchema(label: string, kind: ResourceKind) {
  const max = RESOURCE_MAXIMA[kind];
  const amount = z
    .number({ error: `${label} doit être un nombre.` })
    .min(0, { error: `${label} doit être positif ou nul.` })
    .max(max, { error: `${label} ne doit pas dépasser ${max}.` });
  return kind === 'gpu'
    ? amount.int({ error: `${label} doit être un nombre entier.` })
    : amount;
}

/** A yes/no input, named by `label` in its message. @public */
export function booleanFieldSchema(label: string) {
  return z.boolean({ error: `${label} doit valoir true ou false.` });
}

/** The e-mail address of a person, within SMTP's length limits. @public */
export const boundedEmailSchema = z
  .string({ error: "L'adresse e-mail est obligatoire." })
  .max(EMAIL_MAX_LENGTH, {
    error: `L'adresse e-mail ne doit pas dépasser ${EMAIL_MAX_LENGTH} caractères.`,
    abort: true,
  })
  .refine(
    email =>
      email.slice(0, email.lastIndexOf('@')).length <=
      EMAIL_LOCAL_PART_MAX_LENGTH,
    {
      error: `La partie de l'adresse e-mail avant @ ne doit pas dépasser ${EMAIL_LOCAL_PART_MAX_LENGTH} caractères.`,
      abort: true,
    },
  )
  .pipe(emailSchema);

/**
 * The URL of an external repository: the console's rule (empty, or https and
 * `.git`), at most {@link URL_MAX_LENGTH} characters and without credentials,
 * which belong in the user name and the token.
 *
 * @public
 */
export const boundedExternalRepoUrlSchema = z
  .string({ error: "L'URL du dépôt externe doit être un texte." })
  .max(URL_MAX_LENGTH, {
    error: `L'URL du dépôt externe ne doit pas dépasser ${URL_MAX_LENGTH} caractères.`,
    abort: true,
  })
  .pipe(externalRepoUrlSchema)
  .refine(url => url === '' || !hasCredentials(url), {
    error:
      "L'URL du dépôt externe ne doit pas contenir d'identifiants : renseignez le nom d'utilisateur et le jeton à part.",
  });

/** A project by slug or UUID, as every `:projectId` of the console accepts it. @public */
export const projectRefSchema = z
  .string({ error: 'Le projet est obligatoire.' })
  .min(1, { error: 'Le projet est obligatoire.', abort: true })
  .max(PROJECT_SLUG_MAX_LENGTH, {
    error: `Le projet doit être désigné par son identifiant (slug) ou son UUID, de ${PROJECT_SLUG_MAX_LENGTH} caractères au plus.`,
    abort: true,
  })
  .refine(ref => SLUG.test(ref) || isUuid(ref), {
    error:
      'Le projet doit être désigné par son identifiant (slug : lettres minuscules, chiffres et tirets) ou son UUID.',
  });

/** A repository of a project by internal name or UUID. @public */
export const repositoryRefSchema = uuidOr(repositoryNameSchema);

/** A project role by name or UUID. @public */
export const roleRefSchema = z
  .string({ error: 'Le nom du rôle doit être un texte.' })
  .pipe(roleNameSchema)
  .refine(ref => !hasControlCharacter(ref), {
    error: 'Le nom du rôle ne doit pas contenir de caractère de contrôle.',
  });

/** The roles given to a member: at most {@link MEMBER_ROLES_MAX}. @public */
export const memberRolesSchema = z
  .array(roleRefSchema, { error: 'Les rôles doivent être une liste de noms.' })
  .max(MEMBER_ROLES_MAX, {
    error: `Un membre ne peut pas recevoir plus de ${MEMBER_ROLES_MAX} rôles à la fois.`,
  });

/** The name of a configured Cloud π instance (a DNS label). @public */
export const instanceNameSchema = z
  .string({ error: "Le nom de l'instance Cloud π doit être un texte." })
  .max(INSTANCE_NAME_MAX_LENGTH, {
    error: `Le nom de l'instance Cloud π ne doit pas dépasser ${INSTANCE_NAME_MAX_LENGTH} caractères.`,
    abort: true,
  })
  .regex(INSTANCE_NAME, {
    error:
      "Le nom de l'instance Cloud π ne doit contenir que des lettres minuscules, des chiffres et des tirets.",
  });

/** A stage (type d'environnement) by name (2 to 20 letters and digits) or UUID. @public */
export const stageRefSchema = uuidOr(
  z
    .string({ error: "Type d'environnement invalide." })
    .max(20, { error: "Type d'environnement invalide.", abort: true })
    .regex(/^[a-zA-Z0-9]{2,}$/, { error: "Type d'environnement invalide." }),
);

/** A cluster by label (letters, digits and hyphens, at most 50) or UUID. @public */
export const clusterRefSchema = uuidOr(
  z
    .string({ error: 'Cluster invalide.' })
    .max(50, { error: 'Cluster invalide.', abort: true })
    .regex(/^[a-zA-Z0-9-]+$/, { error: 'Cluster invalide.' }),
);

/** The user name of a private external repository. @public */
export const externalUserNameSchema = boundedLine(
  "Le nom d'utilisateur du dépôt externe",
  EXTERNAL_USER_NAME_MAX_LENGTH,
);

/** The token of a private external repository. @public */
export const externalTokenSchema = boundedLine(
  'Le jeton du dépôt externe',
  EXTERNAL_TOKEN_MAX_LENGTH,
);

/** The revision Argo CD deploys: a branch, tag, commit or semver range. @public */
export const deployRevisionSchema = boundedLine(
  'La révision déployée',
  DEPLOY_REVISION_MAX_LENGTH,
).refine(revision => !/\s/.test(revision), {
  error: "La révision déployée ne doit pas contenir d'espace.",
});

/** The path Argo CD deploys: relative to the repository, inside it. @public */
export const deployPathSchema = boundedLine(
  'Le chemin déployé',
  DEPLOY_PATH_MAX_LENGTH,
).refine(path => isInsideRepository(path), {
  error:
    'Le chemin déployé doit être relatif au dépôt, sans segment « .. » ni « / » initial.',
});

/** Comma-separated Helm values files, each relative to the repository. @public */
export const helmValuesFilesSchema = boundedLine(
  'La liste des fichiers de valeurs Helm',
  DEPLOY_PATH_MAX_LENGTH,
).refine(
  list =>
    list
      .split(',')
      .map(file => file.trim())
      .filter(Boolean)
      .every(isInsideRepository),
  {
    error:
      'Chaque fichier de valeurs Helm doit être relatif au dépôt, sans segment « .. » ni « / » initial.',
  },
);

/** A UUID, or else a value of `schema` (with the messages of `schema`). */
function uuidOr(schema: z.ZodType<string>) {
  return z.unknown().superRefine((value, ctx) => {
    if (typeof value === 'string' && isUuid(value)) return;
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message });
      }
    }
  }) as unknown as z.ZodType<string>;
}

/** A single line of at most `max` characters, named by `label` in messages. */
function boundedLine(label: string, max: number) {
  return z
    .string({ error: `${label} doit être un texte.` })
    .max(max, {
      error: `${label} ne doit pas dépasser ${max} caractères.`,
      abort: true,
    })
    .refine(value => !hasControlCharacter(value), {
      error: `${label} ne doit pas contenir de caractère de contrôle.`,
    });
}

function isInsideRepository(path: string): boolean {
  return (
    !path.startsWith('/') &&
    !path.startsWith('\\') &&
    path.split(/[/\\]/).every(segment => segment !== '..')
  );
}

function hasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
}
