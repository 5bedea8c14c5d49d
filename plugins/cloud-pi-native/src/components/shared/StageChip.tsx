import Chip from '@material-ui/core/Chip';
import Star from '@material-ui/icons/Star';
import type { StageKind } from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiTranslation } from './useCloudPiTranslation';

/** Props of {@link StageChip}. */
export interface StageChipProps {
  stage: string;
  stageKind: StageKind;
}

/** The stage of an environment; production is highlighted with colour, icon and text. */
export function StageChip(props: StageChipProps) {
  const { stage, stageKind } = props;
  const t = useCloudPiTranslation();
  if (stageKind === 'prod') {
    return (
      <Chip
        size="small"
        color="secondary"
        icon={<Star aria-hidden />}
        label={`${stage} · ${t('common.stageKind.prod')}`}
      />
    );
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      label={`${stage} · ${t('common.stageKind.hprod')}`}
    />
  );
}
