import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  classifyCloudPiError,
  cloudPiNativeApiRef,
} from '@cpin/plugin-cloud-pi-native-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { errorMessage, useCloudPiTranslation } from '../shared';

/** Props of {@link ReprovisionButton}. */
export interface ReprovisionButtonProps {
  entityRef: CompoundEntityRef;
  projectName: string;
  /** Called after a successful reprovisioning, to refresh the card. */
  onReprovisioned(): void;
}

/**
 * Replays the project's provisioning as the signed-in user, after a
 * confirmation; the outcome is announced next to the button.
 */
export function ReprovisionButton(props: ReprovisionButtonProps) {
  const { entityRef, projectName, onReprovisioned } = props;
  const api = useApi(cloudPiNativeApiRef);
  const t = useCloudPiTranslation();
  const [confirming, setConfirming] = useState(false);
  const [state, reprovision] = useAsyncFn(async () => {
    await api.reprovision(entityRef);
    onReprovisioned();
    return true;
  }, [api, entityRef, onReprovisioned]);

  const confirm = () => {
    setConfirming(false);
    reprovision();
  };

  let feedback = null;
  if (state.error) {
    feedback = (
      <Alert severity="error" role="alert">
        {classifyCloudPiError(state.error) === 'forbidden'
          ? t('overview.reprovision.forbidden')
          : t('overview.reprovision.failure', {
              message: errorMessage(state.error),
            })}
      </Alert>
    );
  } else if (state.value && !state.loading) {
    feedback = (
      <Alert severity="success" role="status">
        {t('overview.reprovision.success')}
      </Alert>
    );
  }

  return (
    <>
      <Button
        variant="contained"
        color="primary"
        disabled={state.loading}
        onClick={() => setConfirming(true)}
        startIcon={
          state.loading ? <CircularProgress size={16} aria-hidden /> : undefined
        }
      >
        {state.loading
          ? t('overview.reprovision.running')
          : t('overview.reprovision.button')}
      </Button>
      {feedback && <Box mt={1}>{feedback}</Box>}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        aria-labelledby="cpin-reprovision-title"
        aria-describedby="cpin-reprovision-description"
      >
        <DialogTitle id="cpin-reprovision-title">
          {t('overview.reprovision.dialogTitle', { project: projectName })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText id="cpin-reprovision-description">
            {t('overview.reprovision.dialogBody')}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>
            {t('overview.reprovision.cancel')}
          </Button>
          <Button onClick={confirm} color="primary" variant="contained">
            {t('overview.reprovision.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
