import { Deployment, namespaceName } from '@cpin/plugin-cloud-pi-native-common';
import {
  IDS,
  environment,
  project,
  repository,
  topology,
} from '../__testUtils__/fixtures';
import { assertValidEntity } from '../__testUtils__/entityValidation';
import { testContext } from '../__testUtils__/fixtures';
import { deploymentTargets } from './deploymentTargets';
import { kubernetesTarget } from './pluginAnnotations';
import { projectToEntities } from './projectToEntities';

const prod = environment({
  id: IDS.envProd,
  name: 'prod',
  stageId: IDS.stageProd,
  clusterId: IDS.clusterProd,
});
const infra = repository({
  id: IDS.repoInfra,
  internalRepoName: 'infra',
  isInfra: true,
});
const WEB = '5f0e1d2c-3b4a-4958-8776-655443322110';
const web = repository({ id: WEB, internalRepoName: 'web' });

function deployment(
  name: string,
  environmentId: string,
  repositoryIds: string[],
): Deployment {
  return {
    id: `${environmentId.slice(0, 24)}${name.padEnd(12, '0').slice(0, 12)}`,
    name,
    projectId: IDS.project,
    environmentId,
    autosync: true,
    deploymentSources: repositoryIds.map((repositoryId, index) => ({
      id: `source-${index}`,
      deploymentId: name,
      repositoryId,
      type: 'git',
      valueSources: [],
    })),
    createdAt: '2026-05-04T10:00:00.000Z',
    updatedAt: '2026-05-04T10:00:00.000Z',
  };
}

const data = (deployments: Deployment[] = []) => ({
  project: project(),
  environments: [environment(), prod],
  repositories: [repository(), infra, web],
  services: [],
  deployments,
});

const summary = (targets: ReturnType<typeof deploymentTargets>) =>
  Object.fromEntries(
    [...targets].map(([id, list]) => [
      id,
      list.map(t => [t.environment.name, t.deployers, t.deployments]),
    ]),
  );

describe('deploymentTargets', () => {
  it('deploys every repository into every environment through the infra repositories', () => {
    expect(summary(deploymentTargets(data(), topology()))).toEqual({
      [IDS.repoInfra]: [
        ['dev', ['infra'], []],
        ['prod', ['infra'], []],
      ],
      [IDS.repoApi]: [
        ['dev', ['infra'], []],
        ['prod', ['infra'], []],
      ],
      [WEB]: [
        ['dev', ['infra'], []],
        ['prod', ['infra'], []],
      ],
    });
  });

  it('follows the deployments of a zone that has some, and nothing else there', () => {
    const targets = deploymentTargets(
      data([
        deployment('web', IDS.envDev, [WEB]),
        deployment('socle', IDS.envDev, [IDS.repoInfra]),
      ]),
      topology(),
    );
    // Both environments are in the zone `default`: prod, without a
    // deployment, deploys nothing the portal can know of.
    expect(summary(targets)).toEqual({
      [WEB]: [['dev', ['web'], ['web']]],
      [IDS.repoInfra]: [['dev', ['infra'], ['socle']]],
      // The infra source deploys the application repositories no source deploys.
      [IDS.repoApi]: [['dev', ['infra'], ['socle']]],
    });
    expect(targets.get(WEB)![0]).toMatchObject({
      namespace: namespaceName(IDS.project, IDS.envDev),
      kind: 'hprod',
      runsWorkloads: true,
    });
    expect(targets.get(IDS.repoInfra)![0].runsWorkloads).toBe(false);
  });

  it('points the Kubernetes plugin at the production cluster first', () => {
    const targets = deploymentTargets(data(), topology()).get(IDS.repoApi)!;
    expect(kubernetesTarget(targets)).toEqual({
      cluster: 'ovh-prod',
      namespace: namespaceName(IDS.project, IDS.envProd),
    });
    // Two environments on the chosen cluster: no namespace annotation.
    const second = {
      ...targets[0],
      namespace: 'other',
      kind: 'hprod' as const,
    };
    expect(kubernetesTarget([targets[0], second])).toEqual({
      cluster: 'ovh-hprod',
    });
  });
});

describe('projectToEntities with deployments', () => {
  it('annotates the application repositories and makes them depend on their environments', async () => {
    const entities = projectToEntities(
      data([deployment('web', IDS.envDev, [WEB])]),
      { memberRefs: [], roleMemberRefs: new Map(), unresolvedEmails: [] },
      topology(),
      testContext(),
    );
    const component = entities.find(e => e.metadata.name === 'portail-web')!;
    const namespace = namespaceName(IDS.project, IDS.envDev);
    expect(component.metadata.annotations).toMatchObject({
      'argocd/app-selector': 'dso/project.slug=portail,dso/repository=web',
      'argocd/instance-name': 'default',
      'backstage.io/kubernetes-label-selector':
        'dso/project.slug=portail,dso/repository=web',
      'backstage.io/kubernetes-cluster': 'ovh-hprod',
      'backstage.io/kubernetes-namespace': namespace,
      'grafana/host-id': 'hprod-portail',
      'grafana/dashboard-selector': 'web',
      'grafana/alert-label-selector': `namespace=${namespace}`,
    });
    expect(component.spec?.dependsOn).toEqual(['resource:cpin/portail-dev']);
    await assertValidEntity(component);

    // An application repository no deployment mentions is deployed nowhere.
    const api = entities.find(e => e.metadata.name === 'portail-api')!;
    expect(api.spec?.dependsOn).toBeUndefined();
    expect(api.metadata.annotations).not.toHaveProperty('argocd/app-selector');

    const system = entities.find(e => e.kind === 'System')!;
    expect(system.metadata.annotations).toMatchObject({
      'argocd/app-selector': 'dso/project.slug=portail',
      'argocd/instance-name': 'default',
      'grafana/host-id': 'prod-portail',
      'grafana/alert-label-selector': `namespace=${namespaceName(
        IDS.project,
        IDS.envProd,
      )}`,
    });
    await assertValidEntity(system);
  });

  it('selects the Applications of every repository deploying it in infra mode', () => {
    const entities = projectToEntities(
      {
        ...data(),
        repositories: [
          repository(),
          infra,
          repository({
            id: '6a1f2e3d-4c5b-4a69-8887-766554433221',
            internalRepoName: 'charts',
            isInfra: true,
          }),
        ],
      },
      { memberRefs: [], roleMemberRefs: new Map(), unresolvedEmails: [] },
      topology(),
      testContext(),
    );
    const api = entities.find(e => e.metadata.name === 'portail-api')!;
    expect(api.metadata.annotations?.['argocd/app-selector']).toBe(
      'dso/project.slug=portail,dso/repository in (charts,infra)',
    );
    expect(api.spec?.dependsOn).toEqual([
      'resource:cpin/portail-dev',
      'resource:cpin/portail-prod',
    ]);
  });
});
