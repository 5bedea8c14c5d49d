import {
  clusterCapacityProblem,
  exceededResources,
  projectBudgetProblem,
} from '.';

const budget = {
  limitless: false,
  hprodCpu: 8,
  hprodGpu: 0,
  hprodMemory: 16,
  prodCpu: 8,
  prodGpu: 1,
  prodMemory: 16,
};
const env = (stageName: string, cpu: number, memory: number, gpu = 0) => ({
  stageName,
  cpu,
  gpu,
  memory,
});

describe('resource rules of environments', () => {
  it('names the exceeded resources in the console words', () => {
    expect(
      exceededResources(
        { cpu: 1, gpu: 1, memory: 1 },
        { cpu: 1, gpu: 1, memory: 1 },
        { cpu: 1, gpu: 1, memory: 1 },
      ),
    ).toEqual(['CPU', 'GPU', 'Mémoire']);
  });

  it('does not check limits without CPU nor memory', () => {
    expect(
      exceededResources(
        { cpu: 5, gpu: 5, memory: 5 },
        { cpu: 5, gpu: 5, memory: 5 },
        { cpu: 0, gpu: 1, memory: 0 },
      ),
    ).toEqual([]);
  });

  it('compares without tolerance, like the console', () => {
    // 0.1 + 0.2 > 0.3 in floating point: the console refuses it too.
    expect(
      exceededResources(
        { cpu: 0.1, gpu: 0, memory: 0 },
        { cpu: 0.2, gpu: 0, memory: 0 },
        { cpu: 0.3, gpu: 0, memory: 1 },
      ),
    ).toEqual(['CPU']);
  });

  it('checks the cluster capacity', () => {
    expect(
      clusterCapacityProblem(
        { cpu: 30, gpu: 0, memory: 60 },
        { cpu: 4, gpu: 0, memory: 2 },
        { cpu: 32, gpu: 0, memory: 64 },
      ),
    ).toBe('Le cluster ne dispose pas de suffisamment de ressources : CPU.');
  });

  it('counts only the environments of the same kind against the budget', () => {
    const others = [env('dev', 2, 4), env('staging', 1, 2), env('prod', 4, 8)];
    expect(
      projectBudgetProblem(budget, 'staging', others, {
        cpu: 6,
        gpu: 0,
        memory: 2,
      }),
    ).toBe('Le projet ne dispose pas de suffisamment de ressources : CPU.');
    expect(
      projectBudgetProblem(budget, 'prod', others, {
        cpu: 4,
        gpu: 2,
        memory: 9,
      }),
    ).toBe(
      'Le projet ne dispose pas de suffisamment de ressources : GPU, Mémoire.',
    );
    expect(
      projectBudgetProblem(budget, 'prod', others, {
        cpu: 4,
        gpu: 0,
        memory: 8,
      }),
    ).toBeUndefined();
  });

  it('skips limitless projects and counts unknown stages as hors-prod', () => {
    const others = [env('dev', 8, 16)];
    const request = { cpu: 1, gpu: 0, memory: 1 };
    expect(
      projectBudgetProblem(
        { ...budget, limitless: true },
        'dev',
        others,
        request,
      ),
    ).toBeUndefined();
    expect(projectBudgetProblem(budget, undefined, others, request)).toBe(
      'Le projet ne dispose pas de suffisamment de ressources : CPU, Mémoire.',
    );
  });
});
