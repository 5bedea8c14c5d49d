import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import type {
  JourneyAction,
  JourneyStep,
} from '@cpin/plugin-cloud-pi-native-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  ExternalLink,
  StatusIndicator,
  useCardSize,
  useCloudPiTranslation,
} from '../shared';
import { EvidenceSentence, EvidenceText } from './EvidenceText';
import { journeyTones } from './journeyTones';
import { useEvidenceText } from './useEvidenceText';

const useStyles = makeStyles(theme => ({
  step: {
    display: 'grid',
    gridTemplateColumns: '2rem 1fr auto',
    columnGap: theme.spacing(1),
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
  // In a narrow card the state goes under the title rather than squeezing it.
  compact: {
    gridTemplateColumns: '2rem 1fr',
    '& > :last-child': { gridColumn: 2, marginTop: theme.spacing(0.5) },
  },
  body: { minWidth: 0 },
  number: {
    color: theme.palette.text.secondary,
    fontVariantNumeric: 'tabular-nums',
  },
  evidence: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2),
    color: theme.palette.text.secondary,
  },
  action: { marginTop: theme.spacing(0.5) },
}));

/** Props of {@link JourneyStepItem}. */
export interface JourneyStepItemProps {
  step: JourneyStep;
  position: number;
}

/** One step: its number, title and state, the evidence, and the next action. */
export function JourneyStepItem(props: JourneyStepItemProps) {
  const { step, position } = props;
  const t = useCloudPiTranslation();
  const text = useEvidenceText();
  const classes = useStyles();
  const compact = useCardSize() === 'compact';
  const title = t(`journey.steps.${step.id}`);
  return (
    <li
      className={`${classes.step} ${compact ? classes.compact : ''}`}
      data-step={step.id}
      data-state={step.state}
    >
      <Typography component="span" className={classes.number}>
        {position}.
      </Typography>
      <Box className={classes.body}>
        <Typography component="h3" variant="subtitle2">
          {title}
        </Typography>
        {step.evidence.length > 0 && (
          <ul
            className={classes.evidence}
            aria-label={t('journey.evidenceLabel', { step: title })}
          >
            {step.evidence.map((evidence, index) => (
              <Typography component="li" variant="body2" key={index}>
                {evidence.url ? (
                  <span data-cpin-date={evidence.params.at}>
                    <ExternalLink to={evidence.url} label={text(evidence)}>
                      <EvidenceSentence evidence={evidence} inLink />
                    </ExternalLink>
                  </span>
                ) : (
                  <EvidenceText evidence={evidence} />
                )}
              </Typography>
            ))}
          </ul>
        )}
        {step.nextAction && (
          <Typography variant="body2" className={classes.action}>
            {t('journey.nextAction')} <NextAction action={step.nextAction} />
          </Typography>
        )}
      </Box>
      <StatusIndicator
        tone={journeyTones[step.state]}
        label={t(`journey.state.${step.state}`)}
      />
    </li>
  );
}

/** A template opens in the portal; the console, the guide and the tools in a new tab. */
function NextAction(props: { action: JourneyAction }) {
  const { action } = props;
  const t = useCloudPiTranslation();
  const label = t(`journey.action.${action.code}`);
  if (action.kind === 'template') {
    const { namespace, name } = parseEntityRef(action.templateRef, {
      defaultKind: 'template',
    });
    const path = `/create/templates/${encodeURIComponent(
      namespace,
    )}/${encodeURIComponent(name)}`;
    return (
      <Link to={path}>
        {label} ({t('journey.template')})
      </Link>
    );
  }
  return <ExternalLink to={action.url}>{label}</ExternalLink>;
}
