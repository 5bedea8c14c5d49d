import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { eachLanguage } from '../../__testUtils__/renderInLanguage';
import { renderField } from '../../__testUtils__/renderField';
import { cloudPiInputField } from '../extensions';
import { CloudPiInput } from './CloudPiInput';

const text = {
  en: {
    gib: 'GiB',
    cores: 'cores',
    // Outside French, the rule in words (the console speaks French only).
    projectName: [
      'Use 2 to 20 lowercase letters and digits, without spaces or hyphens.',
    ],
    memory: ['Enter an amount of memory from 0 to 1000 GiB.'],
    email: ['Enter a valid e-mail address.'],
  },
  fr: {
    gib: 'Gio',
    cores: 'cœurs',
    // The console's own messages, from @cpin/plugin-cloud-pi-native-common.
    projectName: [
      'Le nom du projet ne doit contenir que des lettres minuscules et des chiffres, sans espace ni tiret.',
    ],
    memory: ['Le volume de mémoire ne doit pas dépasser 1000.'],
    email: ["L'adresse e-mail est invalide."],
  },
};

describe.each(eachLanguage)('CloudPiInput (%s)', language => {
  const s = text[language];

  async function validate(
    holder: ReturnType<typeof renderField>,
    rule: string,
    value: unknown,
  ) {
    const validation = createFieldValidation();
    await cloudPiInputField.validation!(value as string, validation, {
      apiHolder: holder.apiHolder(),
      formData: {},
      schema: {},
      uiSchema: { 'ui:options': { rule } },
    } as any);
    return validation.__errors;
  }

  it('is not in error before the user goes on, and enters the form data', async () => {
    const field = renderField(CloudPiInput as any, {
      language,
      uiOptions: { rule: 'projectName' },
    });
    const input = await screen.findByRole('textbox');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    // Present as '' so that Next runs the platform rule on it.
    await waitFor(() => expect(field.onChange).toHaveBeenCalledWith(''));

    await userEvent.type(input, 'demarches');
    expect(field.onChange).toHaveBeenLastCalledWith('demarches');
  });

  it('validates a project name with the platform messages', async () => {
    const field = renderField(CloudPiInput as any, {
      language,
      uiOptions: { rule: 'projectName' },
    });
    await screen.findByRole('textbox');
    expect(await validate(field, 'projectName', 'Mon-Projet')).toEqual(
      s.projectName,
    );
    expect(await validate(field, 'projectName', 'demarches')).toEqual([]);
  });

  it('validates an e-mail address', async () => {
    const field = renderField(CloudPiInput as any, {
      language,
      uiOptions: { rule: 'email' },
    });
    await screen.findByRole('textbox');
    expect(await validate(field, 'email', 'claire.petit')).toEqual(s.email);
    expect(await validate(field, 'email', 'claire@interieur.gouv.fr')).toEqual(
      [],
    );
  });

  it('shows amounts with their unit and stores numbers', async () => {
    const field = renderField(CloudPiInput as any, {
      language,
      formData: 8 as any,
      uiOptions: { rule: 'memory' },
    });
    const input = await screen.findByRole('spinbutton');
    expect(input).toHaveValue(8);
    expect(screen.getByText(s.gib)).toBeInTheDocument();
    expect(field.onChange).not.toHaveBeenCalled();

    await userEvent.clear(input);
    await userEvent.type(input, '2.5');
    expect(field.onChange).toHaveBeenLastCalledWith(2.5);

    expect(await validate(field, 'memory', 2000)).toEqual(s.memory);
    expect(await validate(field, 'memory', 2.5)).toEqual([]);
  });

  it('names the unit of CPU amounts', async () => {
    renderField(CloudPiInput as any, {
      language,
      formData: 2 as any,
      uiOptions: { rule: 'cpu' },
    });
    expect(await screen.findByText(s.cores)).toBeInTheDocument();
  });

  it('shows the error of the form once the user went on', async () => {
    renderField(CloudPiInput as any, {
      language,
      uiOptions: { rule: 'projectName' },
      rawErrors: ['Le nom du projet doit contenir au moins 2 caractères.'],
    });
    const input = await screen.findByRole('textbox');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText('Le nom du projet doit contenir au moins 2 caractères.'),
    ).toBeInTheDocument();
  });
});
