import { useEntity } from '@backstage/plugin-catalog-react';
import { useCloudPiNativeData } from '@cpin/plugin-cloud-pi-native-react';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { useState } from 'react';
import {
  CardStates,
  CloudPiCard,
  GeneratedAt,
  useCloudPiTranslation,
} from '../shared';
import { type MeasureScope, QualityGateTable } from './QualityGateTable';

// Material UI's toggle greys its labels (2.7:1 unselected, 4.3:1 selected on
// a light theme): the theme's text colours read at 4.5:1 or more.
const useToggleStyles = makeStyles(theme => ({
  root: {
    color: theme.palette.text.secondary,
    '&$selected': { color: theme.palette.text.primary },
  },
  selected: {},
}));

/**
 * SonarQube quality gate of the entity's repositories: one row for a
 * repository (Component), one row per repository for a project (System).
 *
 * @public
 */
export function QualityGateCard() {
  const { entity } = useEntity();
  const state = useCloudPiNativeData('quality-gate', entity);
  const t = useCloudPiTranslation();
  const [scope, setScope] = useState<MeasureScope>('overall');
  const toggle = useToggleStyles();

  return (
    <CloudPiCard name="quality-gate" title={t('qualityGate.title')}>
      <CardStates entity={entity} state={state}>
        {data =>
          data.repositories.length === 0 ? (
            <Typography>{t('qualityGate.empty')}</Typography>
          ) : (
            <>
              <Box mb={1}>
                <ToggleButtonGroup
                  size="small"
                  exclusive
                  value={scope}
                  aria-label={t('qualityGate.scope.label')}
                  onChange={(_event, value: MeasureScope | null) => {
                    if (value) setScope(value);
                  }}
                >
                  <ToggleButton value="overall" classes={toggle}>
                    {t('qualityGate.scope.overall')}
                  </ToggleButton>
                  <ToggleButton value="newCode" classes={toggle}>
                    {t('qualityGate.scope.newCode')}
                  </ToggleButton>
                </ToggleButtonGroup>
              </Box>
              <QualityGateTable
                repositories={data.repositories}
                scope={scope}
              />
              <GeneratedAt at={data.generatedAt} />
            </>
          )
        }
      </CardStates>
    </CloudPiCard>
  );
}
