import {
  DeployedImage,
  EnvironmentImages,
  ImageArtifact,
  ImagesResponse,
  RegistryRepository,
} from '@cpin/plugin-cloud-pi-native-common';
import {
  HarborArtifact,
  HarborClient,
  isCosignSigned,
  scanFacts,
} from '@cpin/plugin-cloud-pi-native-node';
import { PartResult, notConfigured, readPart } from './parts';
import { BuiltView, ViewContext, toIsoDateTime } from './viewContext';

/** Newest artifacts read per Harbor repository. */
const ARTIFACT_PAGE = 20;

/**
 * An image with the name it has inside the Harbor project (`<image>` of
 * `<slug>/<image>`), kept to scope the view to a repository entity.
 */
export type ScopedDeployedImage = DeployedImage & { image: string | null };

/** The images of the project, before scoping. */
export type ImagesView = Omit<
  ImagesResponse,
  'environments' | 'repositories'
> & {
  repositories: Array<RegistryRepository & { image: string }>;
  environments: Array<
    Omit<EnvironmentImages, 'images'> & { images: ScopedDeployedImage[] }
  >;
};

/** `<host>/<project>/<image>` followed by `:<tag>` and/or `@<digest>`. */
const IMAGE_REFERENCE =
  /^([^/]+)\/([^/]+)\/([^:@]+)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

/**
 * Builds the images of a project: the repositories of its Harbor project
 * `<slug>` with their newest artifacts (tags, cosign signature, Trivy
 * summary), and per environment the images its Argo CD applications run
 * (from the cached deployments view), matched with those artifacts.
 */
export async function buildImagesView(
  context: ViewContext,
): Promise<BuiltView<ImagesView>> {
  const { instance, project, partTimeoutMs, limit } = context;
  const deployments = await context.otherView('deployments');
  const { harbor } = instance;
  const registry = harbor
    ? await readPart(`Harbor project '${project.slug}'`, partTimeoutMs, () =>
        readRegistry(harbor, project.slug, limit),
      )
    : undefined;

  const artifacts = new Map<string, Map<string, HarborArtifact>>();
  for (const repository of registry?.ok ? registry.value.repositories : []) {
    const byReference = new Map<string, HarborArtifact>();
    for (const artifact of repository.artifacts) {
      byReference.set(artifact.digest, artifact);
      for (const tag of artifact.tags) byReference.set(tag.name, artifact);
    }
    artifacts.set(repository.image, byReference);
  }
  const harborProjectId = registry?.ok ? registry.value.projectId : undefined;
  const toArtifact = (
    image: string,
    artifact: HarborArtifact,
  ): ImageArtifact => {
    const scan = scanFacts(artifact);
    return {
      repository: `${project.slug}/${image}`,
      digest: artifact.digest,
      tags: artifact.tags.map(t => t.name),
      pushedAt: toIsoDateTime(artifact.push_time),
      signed: isCosignSigned(artifact),
      scan: {
        status: scan.status,
        vulnerabilities: scan.vulnerabilities ?? null,
        scannedAt: toIsoDateTime(scan.endTime),
      },
      url:
        harborProjectId !== undefined
          ? instance.urls.harbor(harborProjectId, image, artifact.digest) ??
            null
          : null,
    };
  };

  // Images the registry did not list among the newest artifacts: one read each.
  const lookups = new Map<string, Promise<HarborArtifact | undefined>>();
  const lookUp = (image: string, reference: string) => {
    const known = artifacts.get(image)?.get(reference);
    if (known || !harbor || !registry?.ok) return Promise.resolve(known);
    const key = `${image}@${reference}`;
    let lookup = lookups.get(key);
    if (!lookup) {
      lookup = readPart('Harbor artifact', partTimeoutMs, () =>
        limit(() => harbor.getArtifact(project.slug, image, reference)),
      ).then(result => (result.ok ? result.value : undefined));
      lookups.set(key, lookup);
    }
    return lookup;
  };

  const environments = await Promise.all(
    deployments.environments.map(async environment => {
      const applications = new Map<string, string[]>();
      for (const app of environment.applications) {
        for (const reference of app.images) {
          applications.set(reference, [
            ...(applications.get(reference) ?? []),
            app.name,
          ]);
        }
      }
      const images = await Promise.all(
        [...applications].map(async ([reference, apps]) => {
          const parsed = parseImage(reference);
          const own =
            parsed &&
            parsed.host === instance.urls.registryHost &&
            parsed.project === project.slug;
          const found = own
            ? await lookUp(
                parsed.image,
                parsed.digest ?? parsed.tag ?? 'latest',
              )
            : undefined;
          return {
            reference,
            applications: apps.sort(),
            artifact: own && found ? toArtifact(parsed.image, found) : null,
            image: parsed && own ? parsed.image : null,
          };
        }),
      );
      return {
        name: environment.name,
        stage: environment.stage,
        stageKind: environment.stageKind,
        images: images.sort((a, b) => a.reference.localeCompare(b.reference)),
        ...(environment.error ? { error: environment.error } : {}),
      };
    }),
  );

  const repositories = (registry?.ok ? registry.value.repositories : []).map(
    repository => ({
      name: `${project.slug}/${repository.image}`,
      image: repository.image,
      artifactCount: repository.artifactCount,
      latest: repository.artifacts[0]
        ? toArtifact(repository.image, repository.artifacts[0])
        : null,
      url:
        harborProjectId !== undefined
          ? instance.urls.harbor(harborProjectId, repository.image) ?? null
          : null,
    }),
  );

  return {
    value: {
      generatedAt: context.now().toISOString(),
      registry: {
        project: project.slug,
        url:
          harborProjectId !== undefined
            ? instance.urls.harbor(harborProjectId) ?? null
            : null,
      },
      repositories,
      environments,
      ...registryError(registry, instance.name),
    },
    degraded:
      registry?.ok === false || environments.some(e => e.error !== undefined),
  };
}

/** What the view reads from Harbor. */
interface RegistryContents {
  projectId: number;
  repositories: Array<{
    image: string;
    artifactCount: number;
    artifacts: HarborArtifact[];
  }>;
}

async function readRegistry(
  harbor: HarborClient,
  slug: string,
  limit: ViewContext['limit'],
): Promise<RegistryContents> {
  const [project, repositories] = await Promise.all([
    limit(() => harbor.getProject(slug)),
    limit(() => harbor.listRepositories(slug)),
  ]);
  return {
    projectId: project.project_id,
    repositories: await Promise.all(
      repositories.map(async repository => {
        const image = repository.name.slice(slug.length + 1);
        return {
          image,
          artifactCount: repository.artifact_count ?? 0,
          artifacts: await limit(() =>
            harbor.listArtifacts(slug, image, { pageSize: ARTIFACT_PAGE }),
          ),
        };
      }),
    ),
  };
}

function registryError(
  registry: PartResult<RegistryContents> | undefined,
  instance: string,
) {
  if (!registry) return { error: notConfigured('Harbor', instance) };
  if (!registry.ok) return { error: registry.error };
  return {};
}

/** Splits an image reference; `undefined` when it is not `<host>/<project>/<image>…`. */
export function parseImage(reference: string):
  | {
      host: string;
      project: string;
      image: string;
      tag?: string;
      digest?: string;
    }
  | undefined {
  const match = IMAGE_REFERENCE.exec(reference.trim());
  if (!match) return undefined;
  const [, host, project, image, tag, digest] = match;
  return { host, project, image, tag, digest };
}
