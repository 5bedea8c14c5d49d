/*
 * What the adopter test asserts against the adopter app's running backend,
 * signed in as the demo project owner:
 * 1. the catalog imported every project of the console that is not archived
 *    (Systems, matched on their slug annotation);
 * 2. a card route of the cards backend answers for one of the owner's
 *    projects, in the shape of the HTTP contract of the published -common
 *    package installed in the app;
 * 3. the scaffolder lists exactly the cpin:* actions that the scaffolder
 *    module's README documents;
 * 4. the oidc provider sends the browser to the platform's Keycloak realm;
 * 5. the backend serves the app's bundle.
 *
 *   node checks.mjs <backend-url> <app-dir> <sandbox.env.json> <user-email> <scaffolder-README>
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [backend, appDir, envFile, userEmail, scaffolderReadme] =
  process.argv.slice(2);
const env = JSON.parse(readFileSync(envFile, 'utf8'));
const INSTANCE = 'cpin';
const SLUG_ANNOTATION = 'cloud-pi-native.fr/project-slug';
const IMPORT_TIMEOUT_MS = 240_000;

function check(condition, message) {
  if (!condition) throw new Error(`FAILED: ${message}`);
  console.log(`ok - ${message}`);
}

async function json(url, init = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}

// Signed in as the demo owner (the guest provider of the test's config
// resolves to that User entity).
const refresh = await json(`${backend}/api/auth/guest/refresh`, {
  headers: { 'x-requested-with': 'XMLHttpRequest' },
});
check(
  refresh.status === 200,
  `guest sign-in answers 200 (got ${refresh.status})`,
);
const token = refresh.body.backstageIdentity.token;
const auth = { authorization: `Bearer ${token}` };

// 1. Catalog import.
const consoleProjects = await json(
  `${env.CPIN_CONSOLE_URL}/api/v1/projects?filter=all`,
  {
    headers: { 'x-dso-token': env.CPIN_CONSOLE_TOKEN },
  },
);
check(consoleProjects.status === 200, 'the console lists its projects');
const expected = consoleProjects.body.filter(p => p.status !== 'archived');
check(
  expected.length > 0,
  `the console has ${expected.length} projects that are not archived`,
);

let systems = [];
const deadline = Date.now() + IMPORT_TIMEOUT_MS;
for (;;) {
  const page = await json(
    `${backend}/api/catalog/entities/by-query?filter=kind=system,metadata.namespace=${INSTANCE}&limit=1000`,
    { headers: auth },
  );
  systems = page.status === 200 ? page.body.items : [];
  const imported = new Set(
    systems.map(s => s.metadata.annotations?.[SLUG_ANNOTATION]),
  );
  if (expected.every(p => imported.has(p.slug))) break;
  if (Date.now() > deadline) {
    throw new Error(
      `FAILED: the catalog has ${systems.length} Cloud π Systems after ${
        IMPORT_TIMEOUT_MS / 1000
      } s; missing ${expected
        .filter(p => !imported.has(p.slug))
        .map(p => p.slug)
        .join(', ')}`,
    );
  }
  await new Promise(resolve => setTimeout(resolve, 2000));
}
check(
  true,
  `the catalog imported the ${expected.length} projects as Systems: ${expected
    .map(p => p.slug)
    .join(', ')}`,
);

// 2. A card route, checked against the published contract.
const owned = expected.find(p => p.owner?.email === userEmail);
check(owned !== undefined, `${userEmail} owns a demo project (${owned?.slug})`);
const system = systems.find(
  s => s.metadata.annotations[SLUG_ANNOTATION] === owned.slug,
);
const overview = await json(
  `${backend}/api/cloud-pi-native/entities/system/${INSTANCE}/${system.metadata.name}/overview`,
  { headers: auth },
);
check(
  overview.status === 200,
  `GET …/entities/system/${INSTANCE}/${
    system.metadata.name
  }/overview answers 200 (got ${overview.status}: ${JSON.stringify(
    overview.body,
  ).slice(0, 300)})`,
);
const { projectOverviewResponseSchema } = createRequire(
  path.join(appDir, 'packages/backend/package.json'),
)('@cpin/plugin-cloud-pi-native-common');
const parsed = projectOverviewResponseSchema.safeParse(overview.body);
check(
  parsed.success,
  `the overview matches the published contract${
    parsed.success ? '' : `: ${parsed.error.message}`
  }`,
);
check(
  overview.body.project.slug === owned.slug &&
    overview.body.team.owner?.email === userEmail,
  `the overview is the one of ${owned.slug}, owned by ${userEmail}`,
);

// 3. Scaffolder actions.
const documented = [
  ...readFileSync(scaffolderReadme, 'utf8').matchAll(/^\| `(cpin:[a-z:-]+)`/gm),
]
  .map(m => m[1])
  .sort();
const actions = await json(`${backend}/api/scaffolder/v2/actions`, {
  headers: auth,
});
check(actions.status === 200, 'the scaffolder lists its actions');
const listed = actions.body
  .map(a => a.id)
  .filter(id => id.startsWith('cpin:'))
  .sort();
check(
  documented.length > 0 &&
    JSON.stringify(listed) === JSON.stringify(documented),
  `the scaffolder lists the ${
    documented.length
  } documented cpin:* actions (${listed.join(', ')})`,
);

// 4. Platform sign-in.
const start = await fetch(
  `${backend}/api/auth/oidc/start?env=production&scope=openid`,
  { redirect: 'manual' },
);
const location = start.headers.get('location') ?? '';
check(
  start.status === 302 &&
    location.startsWith(
      env.KEYCLOAK_METADATA_URL.replace(
        '/.well-known/openid-configuration',
        '',
      ),
    ),
  `the oidc provider redirects to the platform realm (${start.status} ${
    location.split('?')[0]
  })`,
);

// 5. The app, served by the app backend.
const index = await fetch(`${backend}/catalog`);
const html = await index.text();
check(
  index.status === 200 && html.includes('<div id="root">'),
  `the backend serves the app (${index.status}, ${html.length} bytes of HTML)`,
);
