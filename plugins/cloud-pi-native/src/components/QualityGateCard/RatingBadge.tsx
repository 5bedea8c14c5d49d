import type { SonarRating } from '@cpin/plugin-cloud-pi-native-common';
import { makeStyles } from '@material-ui/core/styles';
import { useCloudPiTranslation, useSharedStyles } from '../shared';

const colours: Record<SonarRating, string> = {
  A: '#00aa00',
  B: '#b0d513',
  C: '#eabe06',
  D: '#ed7d20',
  E: '#d4333f',
};

const useStyles = makeStyles(theme => ({
  badge: {
    display: 'inline-block',
    minWidth: '1.5em',
    marginLeft: theme.spacing(0.5),
    borderRadius: '50%',
    textAlign: 'center',
    fontWeight: 'bold',
    fontSize: '0.8em',
    color: '#000',
  },
}));

/** A SonarQube A–E rating: the letter is always shown, the colour only repeats it. */
export function RatingBadge(props: {
  metric: string;
  rating: SonarRating | null;
}) {
  const { metric, rating } = props;
  const t = useCloudPiTranslation();
  const classes = useStyles();
  const shared = useSharedStyles();
  if (!rating) return null;
  return (
    <>
      <span
        aria-hidden
        className={classes.badge}
        style={{ backgroundColor: colours[rating] }}
      >
        {rating}
      </span>
      <span className={shared.visuallyHidden}>
        {t('qualityGate.rating', { metric, rating })}
      </span>
    </>
  );
}
