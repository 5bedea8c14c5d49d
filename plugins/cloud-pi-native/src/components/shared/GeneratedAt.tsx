import Typography from '@material-ui/core/Typography';
import { useCloudPiTranslation } from './useCloudPiTranslation';
import { useFormatters } from './useFormatters';

/** "Data as of …": when the backend assembled the response. */
export function GeneratedAt(props: { at: string }) {
  const t = useCloudPiTranslation();
  const { dateTime } = useFormatters();
  return (
    <Typography variant="caption" color="textSecondary" component="p">
      <time dateTime={props.at}>
        {t('common.generatedAt', { date: dateTime(props.at) })}
      </time>
    </Typography>
  );
}
