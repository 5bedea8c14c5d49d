import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import Star from '@material-ui/icons/Star';
import type { StageKind } from '@cpin/plugin-cloud-pi-native-common';
import { useCloudPiTranslation } from './useCloudPiTranslation';

// White on the theme's secondary pink (#f50057) is 4.18:1, under WCAG AA's
// 4.5:1; this darker pink keeps the hue at 7:1.
const PRODUCTION_BACKGROUND = '#ad1457';

const useStyles = makeStyles({
  production: {
    backgroundColor: PRODUCTION_BACKGROUND,
    color: '#fff',
    '& $icon': { color: '#fff' },
  },
  icon: {},
  label: { whiteSpace: 'nowrap' },
});

/** Props of {@link StageChip}. */
export interface StageChipProps {
  stage: string;
  stageKind: StageKind;
}

/** The stage of an environment; production is highlighted with colour, icon and text. */
export function StageChip(props: StageChipProps) {
  const { stage, stageKind } = props;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  if (stageKind === 'prod') {
    return (
      <Chip
        size="small"
        classes={{
          root: classes.production,
          icon: classes.icon,
          label: classes.label,
        }}
        icon={<Star aria-hidden />}
        label={`${stage} · ${t('common.stageKind.prod')}`}
      />
    );
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      classes={{ label: classes.label }}
      label={`${stage} · ${t('common.stageKind.hprod')}`}
    />
  );
}
