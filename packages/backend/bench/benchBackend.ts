/*
 * The backend the real-backend benchmark boots: the example backend's own
 * plugins (src/portalFeatures.ts), plus the community SonarQube and Argo CD
 * backends it is compared with, in the same process.
 */
import { createBackend } from '@backstage/backend-defaults';
import { addPortalFeatures } from '../src/portalFeatures';

const backend = createBackend();
addPortalFeatures(backend);
backend.add(import('@backstage-community/plugin-sonarqube-backend'));
backend.add(import('@backstage-community/plugin-argocd-backend'));
backend.start();
