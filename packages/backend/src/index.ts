/*
 * The example Backstage backend of the Cloud π Native plugin suite. It installs
 * the suite the way an adopter would, next to the stock Backstage plugins.
 */

import { createBackend } from '@backstage/backend-defaults';
import { addPortalFeatures } from './portalFeatures';
import { rootHttpRouterWithQuietRequests } from './requestLogging';

const backend = createBackend();
// Request logs at debug level in development (`LOG_LEVEL=debug` shows them).
backend.add(rootHttpRouterWithQuietRequests);
addPortalFeatures(backend);
// The community SonarQube card's backend, on the annotations our catalog
// module writes (`sonarqube` in app-config).
backend.add(import('@backstage-community/plugin-sonarqube-backend'));
backend.start();
