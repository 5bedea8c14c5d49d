import {
  Log,
  Project,
  ProjectOverviewResponse,
  ProjectService,
  ProvisioningLogEntry,
  ServiceLink,
  ServiceLinkKind,
  Zone,
  httpUrlSchema,
} from '@cpin/plugin-cloud-pi-native-common';
import { readPart } from './parts';
import { BuiltView, ViewContext, toIsoDateTime } from './viewContext';

/** The cached, caller-independent part of the overview. */
export type OverviewView = Omit<
  ProjectOverviewResponse,
  'instance' | 'permissions'
>;

/** Provisioning log entries shown on the card. */
export const OVERVIEW_LOG_LIMIT = 10;

const SERVICE_KINDS: Record<string, ServiceLinkKind> = {
  argocd: 'argocd',
  gitlab: 'gitlab',
  sonarqube: 'sonarqube',
  vault: 'vault',
  registry: 'registry',
  nexus: 'nexus',
  observability: 'grafana',
};

/** Builds the overview of a project: status, provisioning, team, links, logs. */
export async function buildOverviewView(
  context: ViewContext,
): Promise<BuiltView<OverviewView>> {
  const { instance, project, sources, partTimeoutMs } = context;
  const [version, services, logs, platform] = await Promise.all([
    readPart('The console version', partTimeoutMs, () =>
      sources.consoleVersion(instance),
    ),
    readPart('The project services', partTimeoutMs, () =>
      instance.console.services.list(project.id),
    ),
    readPart('The provisioning logs', partTimeoutMs, () =>
      instance.console.logs.list({
        projectId: project.id,
        offset: 0,
        limit: OVERVIEW_LOG_LIMIT,
        clean: true,
      }),
    ),
    readPart('The platform zones', partTimeoutMs, () =>
      sources.platform(instance),
    ),
  ]);

  const lastSuccessVersion = project.lastSuccessProvisionningVersion;
  const consoleVersion = version.ok ? version.value : null;
  const zones = platform.ok ? platform.value.zones : [];

  const value: OverviewView = {
    generatedAt: context.now().toISOString(),
    project: {
      id: project.id,
      slug: project.slug,
      name: project.name,
      description: project.description,
      status: project.status,
      locked: project.locked,
    },
    provisioning: {
      outdated:
        lastSuccessVersion && consoleVersion
          ? lastSuccessVersion !== consoleVersion
          : null,
      lastSuccessVersion,
      consoleVersion,
      ...(version.ok ? {} : { error: version.error }),
    },
    team: teamOf(project),
    services: services.ok
      ? {
          items: [
            {
              kind: 'console',
              title: instance.title,
              url: instance.urls.consoleProject(project.slug),
            },
            ...serviceLinks(services.value, zones, project.slug),
          ],
        }
      : { items: [], error: services.error },
    logs: logs.ok
      ? { items: logs.value.logs.flatMap(toLogEntry) }
      : { items: [], error: logs.error },
  };
  return { value, degraded: !version.ok || !services.ok || !logs.ok };
}

/** The owner and the team size (owner plus members). */
export function teamOf(project: Project): OverviewView['team'] {
  return {
    owner: {
      name: `${project.owner.firstName} ${project.owner.lastName}`.trim(),
      email: project.owner.email,
    },
    size: 1 + project.members.length,
  };
}

/**
 * The project's tool links from the console's `/services`, which computes
 * them from the platform configuration. Anything that is not an http(s)
 * URL is dropped.
 */
export function serviceLinks(
  services: ProjectService[],
  zones: Zone[],
  slug: string,
): ServiceLink[] {
  return services.flatMap(service => {
    const kind = SERVICE_KINDS[service.name];
    if (!kind) return [];
    return service.urls.flatMap((url): ServiceLink[] => {
      if (!httpUrlSchema.safeParse(url.to).success) return [];
      const link: ServiceLink = {
        kind,
        title: url.name || service.title,
        url: url.to,
      };
      if (kind === 'argocd') {
        const zone = zones.find(z => isUnder(url.to, z.argocdUrl));
        if (zone) link.zone = { slug: zone.slug, label: zone.label };
      }
      if (kind === 'grafana') {
        const path = new URL(url.to).pathname.replace(/\/+$/, '');
        if (path.endsWith(`/prod-${slug}`)) link.stageKind = 'prod';
        else if (path.endsWith(`/hprod-${slug}`)) link.stageKind = 'hprod';
      }
      return [link];
    });
  });
}

function isUnder(url: string, base: string): boolean {
  const root = base.replace(/\/+$/, '');
  return (
    url === root || url.startsWith(`${root}/`) || url.startsWith(`${root}?`)
  );
}

function toLogEntry(log: Log): ProvisioningLogEntry[] {
  const createdAt = toIsoDateTime(log.createdAt);
  if (!createdAt) return [];
  const { failed, warning, messageResume, totalExecutionTime } = log.data;
  const hasFailed = Array.isArray(failed) ? failed.length > 0 : failed === true;
  let result: ProvisioningLogEntry['result'] = 'OK';
  if (hasFailed) result = 'KO';
  else if (warning && warning.length > 0) result = 'WARNING';
  return [
    {
      id: log.id,
      action: log.action,
      result,
      messageResume: messageResume ?? null,
      durationMs:
        typeof totalExecutionTime === 'number' && totalExecutionTime >= 0
          ? totalExecutionTime
          : null,
      createdAt,
    },
  ];
}
