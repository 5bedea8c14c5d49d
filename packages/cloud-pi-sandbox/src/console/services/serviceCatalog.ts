/**
 * Configuration items ("manifest") of the console plugins that have project
 * settings, in the shape `GET /projects/:id/services` returns them. Only the
 * plugins whose tools the sandbox stands in for (plus Harbor's settings) are
 * described.
 */

/** Who may read or write a configuration item. */
export interface ItemPermissions {
  user: { read: boolean; write: boolean };
  admin: { read: boolean; write: boolean };
}

/** A plugin configuration item (`switch` or `text`). */
export type ConfigItem =
  | {
      kind: 'switch';
      key: string;
      title: string;
      description?: string;
      initialValue: 'enabled' | 'disabled' | 'default';
      permissions: ItemPermissions;
    }
  | {
      kind: 'text';
      key: string;
      title: string;
      description?: string;
      placeholder?: string;
      initialValue: string;
      permissions: ItemPermissions;
    };

/** Configuration items of one plugin. */
export interface PluginManifest {
  global: ConfigItem[];
  project: ConfigItem[];
}

const adminOnlyWrite: ItemPermissions = {
  user: { read: true, write: false },
  admin: { read: true, write: true },
};
const adminOnly: ItemPermissions = {
  user: { read: false, write: false },
  admin: { read: true, write: true },
};
const hidden: ItemPermissions = {
  user: { read: false, write: false },
  admin: { read: false, write: false },
};

/** The sandbox's plugin manifests, by plugin name. */
export const PLUGIN_MANIFESTS: Record<string, PluginManifest> = {
  argocd: {
    global: [],
    project: [
      {
        kind: 'text',
        key: 'extraRepositories',
        title: 'Dépôts sources supplémentaires',
        description:
          'Dépôts Git supplémentaires autorisés comme sources des applications Argo CD, séparés par des virgules.',
        placeholder: 'https://github.com/organisation/depot.git',
        initialValue: '',
        permissions: adminOnlyWrite,
      },
    ],
  },
  gitlab: {
    global: [
      {
        kind: 'switch',
        key: 'displayTriggerHint',
        title: 'Afficher la commande de déclenchement du miroir',
        initialValue: 'enabled',
        permissions: adminOnly,
      },
    ],
    project: [],
  },
  registry: {
    global: [],
    project: [
      {
        kind: 'text',
        key: 'projectId',
        title: 'Identifiant du projet Harbor',
        initialValue: '',
        permissions: hidden,
      },
      {
        kind: 'switch',
        key: 'publishProjectRobot',
        title: 'Publier le robot du projet',
        initialValue: 'default',
        permissions: adminOnlyWrite,
      },
      {
        kind: 'text',
        key: 'quotaHardLimit',
        title: 'Quota de stockage',
        description: '-1 pour illimité, sinon une taille (100MB, 1.2GB, …).',
        placeholder: '-1',
        initialValue: '-1',
        permissions: adminOnlyWrite,
      },
    ],
  },
  observability: {
    global: [],
    project: [
      {
        kind: 'text',
        key: 'instances',
        title: 'Instances',
        initialValue: '',
        permissions: hidden,
      },
    ],
  },
};
