import { screen, within } from '@testing-library/react';
import { cardStateCases } from '../../__testUtils__/commonCardStates';
import { systemEntity } from '../../__testUtils__/entities';
import * as fixtures from '../../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../../__testUtils__/mockApi';
import {
  eachLanguage,
  renderInLanguage,
} from '../../__testUtils__/renderInLanguage';
import { JourneyCard } from './JourneyCard';

const text = {
  en: {
    title: 'Onboarding journey',
    progress: '3 of 10 steps done',
    steps: [
      'Enrolment in the console',
      'Tool resources',
      'Code and deployment repositories',
      'DevSecOps pipeline in the secondary chain',
      'Namespaces, secrets and GitOps',
      'Artefacts built',
      'Quality and security analysis',
      'Container images',
      'Deployment',
      'Operations and observability',
    ],
    states: [
      'Done',
      'In progress',
      'Done',
      'Done',
      'Not started',
      'Blocked',
      'Blocked',
      'Blocked',
      'In progress',
      'Unknown',
    ],
    enrolled: 'Project demo enrolled, owned by Alice Martin (4 people)',
    outdated: 'Provisioned by console 9.23.1; the console is now 9.24.0',
    // The gate's conditions as the quality gate card words them.
    gate: 'api: quality gate failed — Coverage on new code is 61.2%; the gate fails when it is less than 80%',
    critical:
      'harbor.example.fr/demo/api:1.4.2 runs in prod with 2 critical vulnerabilities (1 fixable)',
    failed: /^api: the main pipeline of .+ failed on test_app$/,
    template: 'Add an environment (run the template)',
    reprovision: 'Reprovision the project (opens in a new tab)',
    grafana: 'Grafana is not configured on this portal',
  },
  fr: {
    title: 'Parcours d’embarquement',
    progress: '3 étapes terminées sur 10',
    steps: [
      'Inscription dans la console',
      'Ressources des outils',
      'Dépôts de code et de déploiement',
      'Chaîne DevSecOps (chaîne secondaire)',
      'Namespaces, secrets et GitOps',
      'Construction des artefacts',
      'Analyse de qualité et de sécurité',
      'Images',
      'Déploiement',
      'Exploitation et observabilité',
    ],
    states: [
      'Terminé',
      'En cours',
      'Terminé',
      'Terminé',
      'Non commencé',
      'Bloqué',
      'Bloqué',
      'Bloqué',
      'En cours',
      'Inconnu',
    ],
    enrolled: 'Projet demo inscrit, propriétaire Alice Martin (4 personnes)',
    outdated: 'Provisionné par la console 9.23.1 ; la console est en 9.24.0',
    gate: 'api : porte qualité en échec — Couverture du nouveau code vaut 61,2 % ; la porte qualité échoue si la valeur est inférieure à 80 %',
    critical:
      'harbor.example.fr/demo/api:1.4.2 tourne en prod avec 2 vulnérabilités critiques (1 corrigeables)',
    failed: /^api : le pipeline main du .+ a échoué sur test_app$/,
    template: 'Ajouter un environnement (lancer le modèle)',
    reprovision: 'Reprovisionner le projet (s’ouvre dans un nouvel onglet)',
    grafana: 'Grafana n’est pas configuré sur ce portail',
  },
};

describe.each(eachLanguage)('JourneyCard (%s)', language => {
  const s = text[language];

  it.each(
    cardStateCases(language, {
      Card: JourneyCard,
      entity: systemEntity,
      data: fixtures.journey,
      dataText: { en: text.en.steps[0], fr: text.fr.steps[0] },
    }),
  )('%s', async (_name, run) => {
    await expect(run()).resolves.toBeUndefined();
  });

  it('lists the ten steps in order, each with its state, evidence and next action', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.journey);
    renderInLanguage(<JourneyCard />, {
      language,
      api,
      entity: systemEntity,
    });

    expect(await screen.findByText(s.title)).toBeInTheDocument();
    expect(await screen.findByText(s.progress)).toBeInTheDocument();
    expect(api.getEntityData).toHaveBeenCalledWith('journey', {
      kind: 'System',
      namespace: 'cloud-pi',
      name: 'demo',
    });
    const list = screen.getAllByRole('list')[0];
    const steps = within(list).getAllByRole('heading', { level: 3 });
    expect(steps.map(step => step.textContent)).toEqual(s.steps);
    const items = list.querySelectorAll(':scope > li');
    expect([...items].map(item => item.lastElementChild?.textContent)).toEqual(
      s.states,
    );

    expect(screen.getByText(s.enrolled)).toBeInTheDocument();
    expect(screen.getByText(s.outdated)).toBeInTheDocument();
    expect(screen.getByText(s.gate)).toBeInTheDocument();
    expect(screen.getByText(s.critical)).toBeInTheDocument();
    expect(screen.getByText(s.grafana)).toBeInTheDocument();
    // The evidence with a URL links to it (the failed pipeline).
    expect(
      screen
        .getAllByRole('link')
        .some(link =>
          s.failed.test(link.textContent?.replace(/\(.*\)$/, '').trim() ?? ''),
        ),
    ).toBe(true);
  });

  it('sends templates to the scaffolder and the rest to a new tab', async () => {
    const api = createMockCloudPiApi();
    api.getEntityData.mockResolvedValue(fixtures.journey);
    renderInLanguage(<JourneyCard />, {
      language,
      api,
      entity: systemEntity,
    });

    const template = await screen.findByRole('link', { name: s.template });
    expect(template).toHaveAttribute(
      'href',
      '/create/templates/default/cpin-add-environment',
    );
    expect(template).not.toHaveAttribute('target');
    const reprovision = screen.getByRole('link', { name: s.reprovision });
    expect(reprovision).toHaveAttribute(
      'href',
      'https://console.example.fr/projects/demo?tab=logs',
    );
    expect(reprovision).toHaveAttribute('target', '_blank');
  });
});
