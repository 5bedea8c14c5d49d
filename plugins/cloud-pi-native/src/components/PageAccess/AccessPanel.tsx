import type { Entity } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import LockOutlined from '@material-ui/icons/LockOutlined';
import { useCloudPiTranslation } from '../shared';
import { usePageRefusal, useRegisterPagePanel } from './usePageAccess';
import { useProjectOwner } from './useProjectOwner';

const titleProps = { component: 'h2' } as const;

/** Whom to ask, looked up only once the user is known to be refused. */
function Contact(props: { entity: Entity }) {
  const t = useCloudPiTranslation();
  const { owner, team } = useProjectOwner(props.entity) ?? {};
  if (!owner && !team) return null;
  return (
    <Box mt={2}>
      <Typography variant="subtitle2" component="p">
        {owner ? t('access.owner') : t('access.team')}
      </Typography>
      <Typography component="p">
        {owner ? (
          <>
            <EntityRefLink entityRef={owner.ref} title={owner.name} />
            {owner.email && (
              <>
                {' · '}
                <Link href={`mailto:${owner.email}`}>{owner.email}</Link>
              </>
            )}
          </>
        ) : (
          <EntityRefLink entityRef={team!} />
        )}
      </Typography>
    </Box>
  );
}

/**
 * The page's one explanation of why the Cloud π cards have no data, with
 * whom to ask when the user is not a member. While it is on the page, the
 * cards of the entity render nothing instead of each repeating it; alone,
 * each card keeps its own short message. Nothing shows while the user has
 * access.
 *
 * @public
 */
export function AccessPanel() {
  const { entity } = useEntity();
  const t = useCloudPiTranslation();
  useRegisterPagePanel(entity);
  const refusal = usePageRefusal(entity);
  if (!refusal) return null;
  return (
    <div data-cpin-card="access">
      <InfoCard
        title={
          <Box display="flex" alignItems="center" component="span">
            <LockOutlined color="action" aria-hidden />
            <Box component="span" ml={1}>
              {t(`states.${refusal}.title`)}
            </Box>
          </Box>
        }
        titleTypographyProps={titleProps}
      >
        <Typography role="status">
          {refusal === 'forbidden'
            ? t('access.forbidden')
            : t(`states.${refusal}.description`)}
        </Typography>
        {refusal === 'forbidden' && <Contact entity={entity} />}
      </InfoCard>
    </div>
  );
}
