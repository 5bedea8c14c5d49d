import {
  gitlabGroupPath,
  grafanaInstanceUrl,
  stageKind,
  vaultPlatformPath,
  type ProjectSecrets,
  type ProjectService as ProjectServiceView,
} from '@cpin/plugin-cloud-pi-native-common';
import type { ProjectRecord } from '../store/records';
import { nowIso, type ConsoleDeps } from './deps';
import { PLUGIN_MANIFESTS, type ConfigItem } from './serviceCatalog';

const SWITCH_VALUES = ['enabled', 'disabled', 'default'];

const SERVICES: Array<{
  name: string;
  title: string;
  description: string;
  imgSrc: string;
}> = [
  {
    name: 'argocd',
    title: 'ArgoCD',
    description: 'Déploiement continu des environnements (GitOps)',
    imgSrc: '/img/argocd.svg',
  },
  {
    name: 'gitlab',
    title: 'Gitlab',
    description: 'Dépôts de code et intégration continue',
    imgSrc: '/img/gitlab.svg',
  },
  {
    name: 'registry',
    title: 'Harbor',
    description: "Registre d'images de conteneurs",
    imgSrc: '/img/harbor.svg',
  },
  {
    name: 'sonarqube',
    title: 'SonarQube',
    description: 'Analyse de la qualité du code',
    imgSrc: '/img/sonarqube.svg',
  },
  {
    name: 'vault',
    title: 'Vault',
    description: 'Secrets applicatifs du projet',
    imgSrc: '/img/vault.svg',
  },
  {
    name: 'observability',
    title: 'Observabilité',
    description: 'Grafana : journaux, métriques et alertes',
    imgSrc: '/img/grafana.svg',
  },
];

/** Audience of a services request (`permissionTarget`). */
export type PermissionTarget = 'user' | 'admin';

/**
 * What the console computes per project from its configuration: the tool
 * URLs and plugin settings (`/services`) and the technical secrets
 * (`/secrets`).
 */
export class ProjectToolService {
  readonly #deps: ConsoleDeps;

  constructor(deps: ConsoleDeps) {
    this.#deps = deps;
  }

  /** `GET /projects/:id/services`; services with no URL and no setting are dropped. */
  list(project: ProjectRecord, target: PermissionTarget): ProjectServiceView[] {
    const { store, toolUrls, settings } = this.#deps;
    const slug = project.slug;
    const kinds = new Set(
      store.environments
        .findGroup('project', project.id)
        .map(env => stageKind(store.stages.get(env.stageId)?.name ?? '')),
    );
    const urls: Record<string, Array<{ name: string; to: string }>> = {
      argocd: store.zones.all().map(zone => ({
        name: `ArgoCD ${zone.label}`,
        to: `${
          zone.argocdUrl
        }/applications?showFavorites=false&proj=&sync=&health=&namespace=&cluster=&labels=&search=${encodeURIComponent(
          slug,
        )}`,
      })),
      gitlab: [
        {
          name: 'Gitlab',
          to: `${toolUrls.gitlab}/${gitlabGroupPath(
            settings.projectsRootDir,
            slug,
          )}`,
        },
      ],
      // The sandbox has no Harbor: the console skips the URL when the
      // Harbor project cannot be resolved.
      registry: [],
      sonarqube: [{ name: 'SonarQube', to: `${toolUrls.sonarqube}/projects` }],
      vault: [
        {
          name: 'Vault',
          to: `${toolUrls.vault}/ui/vault/secrets/${encodeURIComponent(slug)}`,
        },
      ],
      observability: [
        ...(kinds.has('hprod')
          ? [
              {
                name: 'Hors production',
                to: grafanaInstanceUrl(toolUrls.grafana, slug, 'hprod'),
              },
            ]
          : []),
        ...(kinds.has('prod')
          ? [
              {
                name: 'Production',
                to: grafanaInstanceUrl(toolUrls.grafana, slug, 'prod'),
              },
            ]
          : []),
      ],
    };

    const stored = this.#projectStore(project);
    return SERVICES.map(service => {
      const manifest = PLUGIN_MANIFESTS[service.name];
      const readable = (item: ConfigItem) => item.permissions[target].read;
      return {
        ...service,
        urls: urls[service.name] ?? [],
        manifest: {
          global:
            target === 'admin'
              ? (manifest?.global ?? [])
                  .filter(readable)
                  .map(i => itemView(i, undefined))
              : [],
          project: (manifest?.project ?? [])
            .filter(readable)
            .map(i => itemView(i, stored.get(`${service.name}/${i.key}`))),
        },
      };
    }).filter(
      service =>
        service.urls.length > 0 ||
        service.manifest.global.length > 0 ||
        service.manifest.project.length > 0,
    );
  }

  /** `POST /projects/:id/services`: keys the caller may not write are silently stripped. */
  updateStore(
    project: ProjectRecord,
    values: Record<string, Record<string, string>>,
    target: PermissionTarget,
  ): void {
    const { store } = this.#deps;
    const existing = new Map(
      store.projectPlugins
        .findGroup('project', project.id)
        .map(row => [`${row.pluginName}/${row.key}`, row]),
    );
    for (const [pluginName, entries] of Object.entries(values)) {
      const items = PLUGIN_MANIFESTS[pluginName]?.project ?? [];
      for (const [key, value] of Object.entries(entries)) {
        const item = items.find(i => i.key === key);
        if (!item || !item.permissions[target].write) continue;
        if (item.kind === 'switch' && !SWITCH_VALUES.includes(value)) continue;
        const row = existing.get(`${pluginName}/${key}`);
        if (row) {
          store.projectPlugins.update(row.id, r => {
            r.value = value;
          });
        } else {
          store.projectPlugins.insert({
            id: store.newId(
              'project-plugin',
              `${project.slug}/${pluginName}/${key}`,
            ),
            projectId: project.id,
            pluginName,
            key,
            value,
          });
        }
      }
    }
    store.projects.update(project.id, p => {
      p.updatedAt = nowIso();
    });
  }

  /**
   * `GET /projects/:id/secrets` as NestJS builds it: `GITLAB` from the
   * platform Vault (when provisioning wrote it) and `VAULT`. `NEXUS` and
   * `REGISTRY` are omitted: the sandbox has neither tool.
   */
  async secrets(project: ProjectRecord): Promise<ProjectSecrets> {
    const { settings, readPlatformSecret, toolUrls } = this.#deps;
    const secrets: ProjectSecrets = {};
    const gitlab = await readPlatformSecret?.(
      `${vaultPlatformPath(settings.projectsRootDir, project.slug)}/GITLAB`,
    );
    if (gitlab && Object.keys(gitlab).length > 0) {
      const group: Record<string, string> = { ...gitlab };
      if (gitlab.GIT_MIRROR_PROJECT_ID && gitlab.GIT_MIRROR_TOKEN) {
        group['CURL COMMAND'] = [
          'curl -X POST --fail',
          `-F token=${gitlab.GIT_MIRROR_TOKEN}`,
          '-F ref=main',
          '-F variables[GIT_BRANCH_DEPLOY]=<branche>',
          '-F variables[PROJECT_NAME]=<nom du dépôt>',
          `"${toolUrls.gitlab}/api/v4/projects/${gitlab.GIT_MIRROR_PROJECT_ID}/trigger/pipeline"`,
        ].join(' ');
      }
      secrets.GITLAB = group;
    }
    secrets.VAULT = {
      '.spec.mount': project.slug,
      '.spec.vaultAuthRef': 'vault-auth',
    };
    return secrets;
  }

  #projectStore(project: ProjectRecord): Map<string, string> {
    return new Map(
      this.#deps.store.projectPlugins
        .findGroup('project', project.id)
        .map(row => [`${row.pluginName}/${row.key}`, row.value]),
    );
  }
}

function itemView(item: ConfigItem, stored: string | undefined) {
  const { initialValue, ...rest } = item;
  return item.kind === 'switch'
    ? { ...rest, value: stored ?? initialValue, initialValue }
    : { ...rest, value: stored ?? initialValue };
}
