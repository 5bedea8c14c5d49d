import {
  ADMIN_PERMS,
  EVERYONE_ADMIN_PERMS,
} from '@cpin/plugin-cloud-pi-native-common';
import type { ConsoleServices } from '../console/services';
import type { ClusterRecord } from '../console/store/records';
import {
  SANDBOX_DEMO_CREDENTIALS,
  SANDBOX_DEMO_USERS,
} from '../demo/demoCredentials';
import { argocdUrlOf, kubernetesUrlOf } from '../settings';
import { deterministicUuid } from '../util/deterministicUuid';

/** Far-future expiry of the seeded tokens. */
const SEED_TOKEN_EXPIRY = '2099-12-31T23:59:59.000Z';

/** Stages of the demo platform. */
export const DEMO_STAGES = ['dev', 'staging', 'prod'] as const;

/** Zones of the demo platform. */
export const DEMO_ZONES = [
  { slug: 'default', label: 'DSO', description: 'Zone usuelle' },
  { slug: 'dr', label: 'Zone Restreinte', description: 'Zone restreinte (DR)' },
] as const;

/** Clusters of the demo platform (capacities in cores, GPUs and GiB). */
export const DEMO_CLUSTERS: ReadonlyArray<{
  label: string;
  zone: string;
  privacy: ClusterRecord['privacy'];
  stages: readonly string[];
  cpu: number;
  gpu: number;
  memory: number;
  infos: string;
  /** Slugs of the projects a dedicated cluster is reserved for. */
  projects?: readonly string[];
}> = [
  {
    label: 'ovh-hprod',
    zone: 'default',
    privacy: 'public',
    stages: ['dev', 'staging'],
    cpu: 64,
    gpu: 0,
    memory: 256,
    infos: 'Cluster hors production mutualisé (OVHcloud).',
  },
  {
    label: 'ovh-prod',
    zone: 'default',
    privacy: 'public',
    stages: ['prod'],
    cpu: 64,
    gpu: 4,
    memory: 256,
    infos: 'Cluster de production mutualisé (OVHcloud).',
  },
  {
    label: 'dr-restreint',
    zone: 'dr',
    privacy: 'public',
    stages: ['dev', 'staging', 'prod'],
    cpu: 32,
    gpu: 0,
    memory: 128,
    infos: 'Cluster de la zone restreinte.',
  },
  {
    label: 'ia-gpu',
    zone: 'default',
    privacy: 'dedicated',
    stages: ['dev', 'prod'],
    cpu: 16,
    gpu: 8,
    memory: 64,
    infos: 'Cluster dédié GPU.',
    projects: ['cadastre'],
  },
];

/** Platform (admin) roles seeded by the console's migrations. */
export const DEMO_ADMIN_ROLES = [
  {
    name: 'Administrateur Plateforme',
    permissions: ADMIN_PERMS.LIST | ADMIN_PERMS.MANAGE,
    oidcGroup: '/console/admin',
    type: 'system:managed',
  },
  {
    name: 'Lecture Seule Plateforme',
    permissions: ADMIN_PERMS.LIST,
    oidcGroup: '/console/readonly',
    type: 'system:managed',
  },
  {
    name: 'Tout le monde',
    permissions: EVERYONE_ADMIN_PERMS,
    oidcGroup: '',
    type: 'global',
  },
] as const;

/**
 * Seeds what every sandbox world shares: admin roles, zones, stages,
 * clusters, the demo users (console rows, as if they had logged in once),
 * their PATs and the catalog's admin token. Must run with deterministic ids.
 */
export function seedPlatform(
  services: ConsoleServices,
  publicUrl: string,
): void {
  const { store } = services.deps;

  DEMO_ADMIN_ROLES.forEach((role, position) => {
    store.adminRoles.insert({
      id: deterministicUuid('admin-role', role.name),
      position,
      ...role,
    });
  });

  for (const zone of DEMO_ZONES) {
    services.platform.createZone({
      ...zone,
      argocdUrl: argocdUrlOf(publicUrl, zone.slug),
    });
  }
  for (const name of DEMO_STAGES) services.platform.createStage({ name });

  for (const cluster of DEMO_CLUSTERS) {
    services.platform.createCluster({
      label: cluster.label,
      infos: cluster.infos,
      clusterResources: cluster.privacy === 'dedicated',
      privacy: cluster.privacy,
      zoneId: store.zones.findUnique('slug', cluster.zone)!.id,
      stageIds: cluster.stages.map(s => store.stages.findUnique('name', s)!.id),
      cpu: cluster.cpu,
      gpu: cluster.gpu,
      memory: cluster.memory,
      kubeconfig: {
        user: { token: `sandbox-kube-token-${cluster.label}` },
        cluster: {
          server: kubernetesUrlOf(publicUrl, cluster.label),
          tlsServerName: cluster.label,
          skipTLSVerify: true,
        },
      },
    });
  }

  const adminRoleId = deterministicUuid(
    'admin-role',
    'Administrateur Plateforme',
  );
  const now = new Date().toISOString();
  for (const demo of SANDBOX_DEMO_USERS) {
    if (demo.role === 'realm-only') continue;
    const user = store.users.insert({
      id: demo.id,
      firstName: demo.firstName,
      lastName: demo.lastName,
      email: demo.email,
      type: 'human',
      // Persisted like a first Bearer login would (OIDC-matched roles).
      adminRoleIds: demo.platformGroups.includes('/console/admin')
        ? [adminRoleId]
        : [],
      lastLogin: null,
      createdAt: now,
      updatedAt: now,
    });
    if (demo.pat) {
      services.tokens.createPersonal(
        user,
        { name: 'sandbox-demo', expirationDate: SEED_TOKEN_EXPIRY },
        { secret: demo.pat, skipDateCheck: true },
      );
    }
  }

  services.tokens.createAdmin(
    {
      name: SANDBOX_DEMO_CREDENTIALS.adminToken.name,
      permissions: ADMIN_PERMS.MANAGE.toString(),
      expirationDate: null,
    },
    { secret: SANDBOX_DEMO_CREDENTIALS.adminToken.value },
  );
}

/** Links the dedicated clusters to their projects once those exist. */
export function linkDedicatedClusters(services: ConsoleServices): void {
  const { store } = services.deps;
  for (const definition of DEMO_CLUSTERS) {
    const cluster = store.clusters.findUnique('label', definition.label);
    if (!cluster || !definition.projects) continue;
    const projectIds = definition.projects
      .map(slug => store.projects.findUnique('slug', slug)?.id)
      .filter((id): id is string => id !== undefined);
    services.platform.updateCluster(cluster.id, { projectIds });
  }
}
