import type { Entity } from '@backstage/catalog-model';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import LockOutlined from '@material-ui/icons/LockOutlined';
import { LoadError, useCloudPiTranslation } from '../shared';
import {
  usePageOutage,
  usePageRefusal,
  useRegisterPagePanel,
} from './usePageAccess';
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
 * The page's one explanation of why the Cloud π cards have no data: a
 * refusal, with whom to ask when the user is not a member, or a failure of
 * several cards (an outage), with one retry for all of them. While it is on
 * the page, the cards it speaks for render nothing instead of each
 * repeating it; alone, each card keeps its own short message. Nothing shows
 * while the cards have their data.
 *
 * @public
 */
export function AccessPanel() {
  const { entity } = useEntity();
  const t = useCloudPiTranslation();
  useRegisterPagePanel(entity);
  const refusal = usePageRefusal(entity);
  const outage = usePageOutage(entity);
  if (!refusal && outage) {
    return (
      <div data-cpin-card="access">
        <LoadError
          title={t('states.error.title')}
          errors={outage.errors}
          onRetry={outage.retry}
          retrying={outage.retrying}
        />
      </div>
    );
  }
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
