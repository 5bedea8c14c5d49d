import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as fixtures from '../__testUtils__/fixtures';
import { createMockCloudPiApi } from '../__testUtils__/mockApi';
import { eachLanguage } from '../__testUtils__/renderInLanguage';
import { renderField } from '../__testUtils__/renderField';
import { CloudPiClusterPicker } from './CloudPiClusterPicker';
import { CloudPiCredentials } from './CloudPiCredentials';
import { CloudPiInstancePicker } from './CloudPiInstancePicker';
import { CloudPiProjectPicker } from './CloudPiProjectPicker';
import { CloudPiStagePicker } from './CloudPiStagePicker';
import {
  cloudPiClusterPickerField,
  cloudPiCredentialsField,
  cloudPiProjectPickerField,
} from './extensions';

const text = {
  en: {
    project: 'Project',
    stage: 'Environment type',
    cluster: 'Cluster',
    open: 'Open the list',
    locked: /locked/,
    production: 'Production',
    chooseStage: 'Choose an environment type first.',
    capacity: /Remaining: 12.5 cores, 48 GiB, 0 GPUs/,
    dedicated: /Zone Restreinte · dedicated/,
    ambiguous: /Several Cloud π Native instances are configured/,
    signedIn:
      'Signed in to Cloud π Native as Jeanne Dupont (jeanne@example.fr)',
    signIn: 'Sign in to Cloud π Native',
    projectInvalid: 'Choose one of your Cloud π Native projects.',
    clusterInvalid: 'Choose a cluster.',
    credentialsRequired: 'Sign in to Cloud π Native to continue.',
  },
  fr: {
    project: 'Projet',
    stage: 'Type d’environnement',
    cluster: 'Cluster',
    open: 'Ouvrir la liste',
    locked: /verrouillé/,
    production: 'Production',
    chooseStage: 'Choisissez d’abord un type d’environnement.',
    capacity: /Disponible : 12,5 cœurs, 48 Gio, 0 GPU/,
    dedicated: /Zone Restreinte · dédié/,
    ambiguous: /Plusieurs instances Cloud π Native sont configurées/,
    signedIn:
      'Connecté à Cloud π Native en tant que Jeanne Dupont (jeanne@example.fr)',
    signIn: 'Se connecter à Cloud π Native',
    projectInvalid: 'Choisissez un de vos projets Cloud π Native.',
    clusterInvalid: 'Choisissez un cluster.',
    credentialsRequired: 'Connectez-vous à Cloud π Native pour continuer.',
  },
};

function pickerApi() {
  const api = createMockCloudPiApi();
  api.listInstances.mockResolvedValue(fixtures.instances);
  api.listProjects.mockResolvedValue(fixtures.projects);
  api.listStages.mockResolvedValue(fixtures.stages);
  api.listClusters.mockResolvedValue(fixtures.clusters);
  return api;
}

async function openList(label: string) {
  const user = userEvent.setup();
  const input = await screen.findByRole('textbox', { name: new RegExp(label) });
  await user.click(input);
  return { user, input };
}

describe.each(eachLanguage)('scaffolder fields (%s)', language => {
  const s = text[language];

  describe('CloudPiProjectPicker', () => {
    it('offers the projects of the user and stores the slug', async () => {
      const api = pickerApi();
      const field = renderField(CloudPiProjectPicker, { language, api });

      const { user } = await openList(s.project);
      const options = await screen.findAllByRole('option');
      expect(options.map(option => option.textContent)).toEqual([
        'demoDemonstration project',
        expect.stringMatching(/^payroll \(payroll-1\)/),
      ]);
      expect(options[1]).toHaveAttribute('aria-disabled', 'true');
      expect(options[1]).toHaveTextContent(s.locked);

      await user.click(options[0]);
      expect(field.onChange).toHaveBeenCalledWith('demo');
      expect(api.listProjects).toHaveBeenCalledWith('default');
    });

    it('asks for an explicit instance when several are configured', async () => {
      const api = pickerApi();
      api.listInstances.mockResolvedValue({
        ...fixtures.instances,
        instances: [
          { name: 'a', title: 'A' },
          { name: 'b', title: 'B' },
        ],
      });
      renderField(CloudPiProjectPicker, { language, api });

      expect(await screen.findByText(s.ambiguous)).toBeInTheDocument();
      expect(api.listProjects).not.toHaveBeenCalled();
    });

    it('uses the instance chosen in the form', async () => {
      const api = pickerApi();
      renderField(CloudPiProjectPicker, {
        language,
        api,
        form: { instance: 'other' },
      });

      await waitFor(() =>
        expect(api.listProjects).toHaveBeenCalledWith('other'),
      );
      expect(api.listInstances).not.toHaveBeenCalled();
    });

    it('validates the value with a translated message', async () => {
      const field = renderField(CloudPiProjectPicker, {
        language,
        api: pickerApi(),
      });
      await screen.findByRole('textbox', { name: new RegExp(s.project) });

      const validation = createFieldValidation();
      await cloudPiProjectPickerField.validation!('Not a slug!', validation, {
        apiHolder: field.apiHolder(),
        formData: {},
        schema: {},
      });
      expect(validation.__errors).toEqual([s.projectInvalid]);

      const valid = createFieldValidation();
      await cloudPiProjectPickerField.validation!('demo', valid, {
        apiHolder: field.apiHolder(),
        formData: {},
        schema: {},
      });
      expect(valid.__errors).toEqual([]);
    });
  });

  describe('CloudPiStagePicker', () => {
    it('stores the stage name, which the review step shows', async () => {
      const api = pickerApi();
      const field = renderField(CloudPiStagePicker, {
        language,
        api,
        uiOptions: { instance: 'default' },
      });

      const { user } = await openList(s.stage);
      const prod = await screen.findByRole('option', {
        name: new RegExp(`^prod`),
      });
      expect(prod).toHaveTextContent(s.production);
      await user.click(prod);

      expect(field.onChange).toHaveBeenCalledWith('prod');
      expect(api.listInstances).not.toHaveBeenCalled();
    });

    it('still selects a stage stored by id', async () => {
      renderField(CloudPiStagePicker, {
        language,
        api: pickerApi(),
        formData: 'stage-prod',
      });
      await waitFor(() =>
        expect(
          screen.getByRole('textbox', { name: new RegExp(s.stage) }),
        ).toHaveValue('prod'),
      );
    });
  });

  describe('CloudPiClusterPicker', () => {
    it('waits for a stage without showing an error', async () => {
      const api = pickerApi();
      renderField(CloudPiClusterPicker, { language, api });

      const hint = await screen.findByText(s.chooseStage);
      const input = screen.getByRole('textbox', {
        name: new RegExp(s.cluster),
      });
      expect(input).toBeDisabled();
      expect(input).toHaveAttribute('aria-invalid', 'false');
      expect(hint).not.toHaveClass('Mui-error');
      expect(api.listClusters).not.toHaveBeenCalled();
    });

    it('lists the clusters of the chosen stage and project with their capacity', async () => {
      const api = pickerApi();
      const field = renderField(CloudPiClusterPicker, {
        language,
        api,
        form: { stageId: 'stage-dev', project: 'demo' },
      });

      const { user } = await openList(s.cluster);
      const options = await screen.findAllByRole('option');
      expect(options).toHaveLength(2);
      expect(options[0]).toHaveTextContent(s.capacity);
      expect(options[1]).toHaveTextContent(s.dedicated);
      await user.click(options[1]);

      // The name, as the review step shows it; the actions accept it.
      expect(field.onChange).toHaveBeenCalledWith('demo-dedicated');
      expect(api.listClusters).toHaveBeenCalledWith('default', {
        stageId: 'stage-dev',
        projectId: 'demo',
      });
    });

    it('reads the stage (by name) and project from the configured fields and filters on privacy', async () => {
      const api = pickerApi();
      renderField(CloudPiClusterPicker, {
        language,
        api,
        form: { envType: 'prod', projectSlug: 'demo' },
        uiOptions: {
          stageField: 'envType',
          projectField: 'projectSlug',
          allowedPrivacy: ['public'],
        },
      });

      await openList(s.cluster);
      const options = await screen.findAllByRole('option');
      expect(options.map(option => option.textContent)).toEqual([
        expect.stringMatching(/^ovh-hprod/),
      ]);
      expect(api.listClusters).toHaveBeenCalledWith('default', {
        stageId: 'stage-prod',
        projectId: 'demo',
      });
    });

    it.each(['ovh-hprod', 'c-public'])(
      'keeps a cluster the stage offers, stored as %s',
      async formData => {
        const field = renderField(CloudPiClusterPicker, {
          language,
          api: pickerApi(),
          formData,
          form: { stageId: 'dev' },
        });
        const input = await screen.findByRole('textbox', {
          name: new RegExp(s.cluster),
        });
        await waitFor(() => expect(input).toHaveValue('ovh-hprod'));
        expect(field.onChange).not.toHaveBeenCalled();
      },
    );

    it('clears a cluster that the new stage does not offer', async () => {
      const api = pickerApi();
      const field = renderField(CloudPiClusterPicker, {
        language,
        api,
        formData: 'c-gone',
        form: { stageId: 'stage-prod' },
      });

      await waitFor(() =>
        expect(field.onChange).toHaveBeenCalledWith(undefined),
      );
    });

    it('requires a value with a translated message', async () => {
      const field = renderField(CloudPiClusterPicker, {
        language,
        api: pickerApi(),
      });
      await screen.findByText(s.chooseStage);
      const validation = createFieldValidation();
      await cloudPiClusterPickerField.validation!('', validation, {
        apiHolder: field.apiHolder(),
        formData: {},
        schema: {},
      });
      expect(validation.__errors).toEqual([s.clusterInvalid]);
    });
  });

  describe('CloudPiInstancePicker', () => {
    it('chooses the only instance', async () => {
      const api = pickerApi();
      const field = renderField(CloudPiInstancePicker, { language, api });
      await waitFor(() =>
        expect(field.onChange).toHaveBeenCalledWith('default'),
      );
    });
  });

  describe('CloudPiCredentials', () => {
    const profile = {
      displayName: 'Jeanne Dupont',
      email: 'jeanne@example.fr',
    };
    const token = 'eyJhbGciOiJSUzI1NiJ9.secret-access-token';

    it('puts the token of an existing session into the task secrets, never on screen', async () => {
      const authApi = {
        getAccessToken: jest.fn(async () => token),
        getProfile: jest.fn(async () => profile),
      };
      const field = renderField(CloudPiCredentials, { language, authApi });

      expect(await screen.findByText(s.signedIn)).toBeInTheDocument();
      expect(authApi.getAccessToken).toHaveBeenCalledWith(undefined, {
        optional: true,
      });
      expect(field.secrets()).toEqual({ cloudPiToken: token });
      expect(field.onChange).toHaveBeenCalledWith('jeanne@example.fr');
      expect(field.onChange).not.toHaveBeenCalledWith(token);
      expect(document.body.textContent).not.toContain(token);
      expect(document.body.innerHTML).not.toContain(token);
    });

    it('signs in on demand and honours a custom secret key', async () => {
      const authApi = {
        getAccessToken: jest.fn(
          async (_scope?: string, options?: { optional?: boolean }) =>
            options?.optional ? '' : token,
        ),
        getProfile: jest.fn(async () => profile),
      };
      const field = renderField(CloudPiCredentials, {
        language,
        authApi,
        uiOptions: { secretKey: 'consoleToken' },
      });

      const button = await screen.findByRole('button', { name: s.signIn });
      expect(field.secrets()).toEqual({});
      await userEvent.click(button);

      expect(await screen.findByText(s.signedIn)).toBeInTheDocument();
      expect(authApi.getAccessToken).toHaveBeenLastCalledWith(undefined, {
        optional: false,
      });
      expect(field.secrets()).toEqual({ consoleToken: token });
      expect(document.body.innerHTML).not.toContain(token);
    });

    it('requires a sign-in with a translated message', async () => {
      const authApi = {
        getAccessToken: jest.fn(async () => ''),
        getProfile: jest.fn(async () => undefined),
      };
      const field = renderField(CloudPiCredentials, { language, authApi });
      await screen.findByRole('button', { name: s.signIn });

      const validation = createFieldValidation();
      await cloudPiCredentialsField.validation!('', validation, {
        apiHolder: field.apiHolder(),
        formData: {},
        schema: {},
      });
      expect(validation.__errors).toEqual([s.credentialsRequired]);
    });
  });
});
