import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { HomePageStarredEntities } from '@backstage/plugin-home';
import type { RendererProps } from '@backstage/plugin-home-react';
import Typography from '@material-ui/core/Typography';
import { homeTranslationRef } from './homeTranslation';

/** The parts of the card under a heading of ours, inside the widget's own card. */
function Heading({ title, Content }: RendererProps) {
  return (
    <section aria-label={title}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      <Content />
    </section>
  );
}

/**
 * The user's starred entities, titled in their language: the home plugin's
 * widget title is a plain string, so the widget has none and this heading
 * follows the language switch.
 */
export function StarredEntitiesContent() {
  const { t } = useTranslationRef(homeTranslationRef);
  return (
    <HomePageStarredEntities title={t('favorites.title')} Renderer={Heading} />
  );
}
