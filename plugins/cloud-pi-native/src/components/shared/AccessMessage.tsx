import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import LockOutlined from '@material-ui/icons/LockOutlined';
import PersonOutline from '@material-ui/icons/PersonOutline';
import SearchOutlined from '@material-ui/icons/SearchOutlined';
import { useCloudPiTranslation } from './useCloudPiTranslation';

const ICONS = {
  forbidden: LockOutlined,
  notFound: SearchOutlined,
  unauthenticated: PersonOutline,
};

/**
 * Why a card shows no data: not a member, an unknown project or no sign-in.
 * Every card of the page says the same, so each says it in two short lines
 * rather than with a page-sized illustration.
 */
export function AccessMessage(props: { kind: keyof typeof ICONS }) {
  const t = useCloudPiTranslation();
  const Icon = ICONS[props.kind];
  return (
    <Box display="flex" alignItems="flex-start" role="status">
      <Box mr={1} mt={0.25} display="flex">
        <Icon color="action" fontSize="small" aria-hidden />
      </Box>
      <div>
        <Typography variant="subtitle2" component="p">
          {t(`states.${props.kind}.title`)}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t(`states.${props.kind}.description`)}
        </Typography>
      </div>
    </Box>
  );
}
