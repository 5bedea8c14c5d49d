import { useApi } from '@backstage/core-plugin-api';
import type {
  ArgoApplicationSummary,
  ArgoOperation,
  ArgoOperationResult,
} from '@cpin/plugin-cloud-pi-native-common';
import { cloudPiNativeApiRef } from '@cpin/plugin-cloud-pi-native-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { errorMessage, useCloudPiTranslation } from '../shared';
import { useArgoOperations } from './ArgoOperationsContext';

const COMMIT_SHA = /^[0-9a-f]{12,40}$/;
const short = (revision: string | null) =>
  revision && COMMIT_SHA.test(revision) ? revision.slice(0, 7) : revision ?? '';

/** Props of {@link ArgoOperationButtons}. */
export interface ArgoOperationButtonsProps {
  application: ArgoApplicationSummary;
}

/**
 * Refresh, sync and rollback buttons of one application, for the
 * operations the caller may run. Sync and rollback ask for confirmation;
 * the result (or the refusal) is shown under the buttons and the card
 * reloads.
 */
export function ArgoOperationButtons(props: ArgoOperationButtonsProps) {
  const { application } = props;
  const operations = useArgoOperations();
  const api = useApi(cloudPiNativeApiRef);
  const t = useCloudPiTranslation();
  const [running, setRunning] = useState<ArgoOperation>();
  const [confirming, setConfirming] = useState<ArgoOperation>();
  const [outcome, setOutcome] = useState<
    { ok: true; result: ArgoOperationResult } | { ok: false; message: string }
  >();
  if (!operations) return null;
  const { permissions, entity, onChanged } = operations;
  const name = application.name;
  const canRollBack =
    application.autoSync === false && Boolean(application.previousRevision);

  const run = async (operation: ArgoOperation) => {
    setConfirming(undefined);
    setRunning(operation);
    setOutcome(undefined);
    try {
      const result = await api.runArgoOperation(entity, name, operation);
      setOutcome({ ok: true, result });
      onChanged();
    } catch (error) {
      setOutcome({ ok: false, message: errorMessage(error as Error) });
    } finally {
      setRunning(undefined);
    }
  };
  const button = (operation: ArgoOperation, disabled = false) =>
    permissions[operation] && (
      <Button
        size="small"
        variant="outlined"
        disabled={disabled || running !== undefined}
        aria-label={t(`argoOperations.label.${operation}`, {
          application: name,
        })}
        title={
          operation === 'rollback' && disabled
            ? t('argoOperations.rollbackUnavailable')
            : undefined
        }
        onClick={() =>
          operation === 'refresh' ? run(operation) : setConfirming(operation)
        }
      >
        {t(`argoOperations.${operation}`)}
      </Button>
    );

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 4 }}>
      <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
        {button('refresh')}
        {button('sync')}
        {button('rollback', !canRollBack)}
      </Box>
      {outcome?.ok === true && (
        <Alert severity="success" role="status">
          {t(`argoOperations.result.${outcome.result.operation}`, {
            application: name,
            revision: short(
              outcome.result.targetRevision ?? outcome.result.revision,
            ),
            sync: t(`deployments.sync.${outcome.result.syncStatus}`),
            health: t(`deployments.health.${outcome.result.healthStatus}`),
          })}
        </Alert>
      )}
      {outcome?.ok === false && (
        <Alert severity="error">
          {t('argoOperations.result.failed', {
            application: name,
            message: outcome.message,
          })}
        </Alert>
      )}
      <Dialog
        open={confirming !== undefined}
        onClose={() => setConfirming(undefined)}
      >
        <DialogContent>
          <DialogContentText>
            {confirming === 'rollback'
              ? t('argoOperations.confirm.rollback', {
                  application: name,
                  revision: short(application.previousRevision ?? null),
                })
              : t('argoOperations.confirm.sync', { application: name })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(undefined)}>
            {t('argoOperations.confirm.cancel')}
          </Button>
          <Button
            color="primary"
            variant="contained"
            onClick={() => confirming && run(confirming)}
          >
            {t('argoOperations.confirm.ok')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
