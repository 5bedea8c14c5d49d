import { EntityLinksCard } from '@backstage/plugin-catalog';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { CloudPiEntityForReader } from '@cpin/plugin-cloud-pi-native';

/**
 * Backstage's links card, with the Cloud π provider's link titles in the
 * reader's language, and without the Cloud π tool links (console, GitLab,
 * Argo CD, Vault…) once the page's cards learnt that the user may not see
 * the project: those links would only lead to refusals.
 */
export const catalogLinksCard = catalogPlugin
  .getExtension('entity-card:catalog/links')
  .override({
    factory: originalFactory =>
      originalFactory({
        params: {
          loader: async () => (
            <CloudPiEntityForReader hideWithoutLinks>
              <EntityLinksCard />
            </CloudPiEntityForReader>
          ),
        },
      }),
  });
