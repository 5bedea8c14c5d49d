import { useApi } from '@backstage/core-plugin-api';
import {
  type FieldExtensionComponentProps,
  useTemplateSecrets,
} from '@backstage/plugin-scaffolder-react';
import { cloudPiAuthApiRef } from '@cpin/plugin-cloud-pi-native-react';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Typography from '@material-ui/core/Typography';
import CheckCircleOutline from '@material-ui/icons/CheckCircleOutline';
import { useEffect, useRef } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { errorMessage, useCloudPiTranslation } from '../../components/shared';
import type { CloudPiCredentialsUiOptions } from '../schemas';

/** The default secret key under which the token is handed to the task. @public */
export const CLOUD_PI_TOKEN_SECRET = 'cloudPiToken';

/**
 * Hands the signed-in user's platform Keycloak access token to the task as a
 * secret (`${{ secrets.cloudPiToken }}`), so that actions act towards the
 * console as that user. The field value is the user's e-mail; the token is
 * never rendered nor put in the form data.
 *
 * @public
 */
export function CloudPiCredentials(
  props: FieldExtensionComponentProps<string, CloudPiCredentialsUiOptions>,
) {
  const {
    onChange,
    rawErrors = [],
    required,
    schema,
    uiSchema,
    idSchema,
  } = props;
  const secretKey = uiSchema['ui:options']?.secretKey ?? CLOUD_PI_TOKEN_SECRET;
  const authApi = useApi(cloudPiAuthApiRef);
  const { setSecrets } = useTemplateSecrets();
  const t = useCloudPiTranslation();

  // rjsf hands a new `onChange` on every render: keep the latest without
  // re-creating `connect`, which runs once on mount.
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const [state, connect] = useAsyncFn(
    async (interactive: boolean) => {
      const token = await authApi.getAccessToken(undefined, {
        optional: !interactive,
      });
      if (!token) return undefined;
      const profile = await authApi.getProfile({ optional: true });
      setSecrets({ [secretKey]: token });
      const identity = {
        name: profile?.displayName ?? profile?.email ?? '',
        email: profile?.email,
      };
      onChangeRef.current(identity.email ?? identity.name);
      return identity;
    },
    [authApi, setSecrets, secretKey],
  );

  // An existing platform session is used without a prompt.
  useEffect(() => {
    connect(false);
  }, [connect]);

  const id = idSchema?.$id ?? 'cloud-pi-credentials';
  const identity = state.value;
  let helper: string =
    schema.description ?? t('fields.credentials.description');
  if (rawErrors.length > 0) helper = rawErrors[0];
  if (state.error) {
    helper = t('fields.credentials.signInError', {
      message: errorMessage(state.error),
    });
  }

  return (
    <FormControl
      margin="normal"
      required={required}
      error={rawErrors.length > 0 || !!state.error}
      component="fieldset"
      aria-describedby={`${id}-helper`}
    >
      <FormLabel component="legend">
        {schema.title ?? t('fields.credentials.label')}
      </FormLabel>
      {identity ? (
        <Typography
          role="status"
          variant="body1"
          style={{ display: 'flex', gap: 8 }}
        >
          <CheckCircleOutline aria-hidden color="primary" />
          {t('fields.credentials.signedInAs', {
            name: identity.email
              ? `${identity.name} (${identity.email})`
              : identity.name,
          })}
        </Typography>
      ) : (
        <div>
          <Button
            variant="outlined"
            color="primary"
            disabled={state.loading}
            onClick={() => connect(true)}
          >
            {t('fields.credentials.signIn')}
          </Button>
        </div>
      )}
      <FormHelperText id={`${id}-helper`}>{helper}</FormHelperText>
    </FormControl>
  );
}
