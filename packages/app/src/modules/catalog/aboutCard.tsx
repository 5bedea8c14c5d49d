import { coreExtensionData } from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { CloudPiEntityForReader } from '@cpin/plugin-cloud-pi-native';

/**
 * Backstage's about card, with the description the Cloud π provider wrote
 * in the reader's language (its `metadata.description` is English). The
 * card itself, with its icon links, is Backstage's.
 */
export const catalogAboutCard = catalogPlugin
  .getExtension('entity-card:catalog/about')
  .override({
    *factory(originalFactory) {
      for (const output of originalFactory()) {
        yield output.id === coreExtensionData.reactElement.id
          ? coreExtensionData.reactElement(
              <CloudPiEntityForReader>{output.value}</CloudPiEntityForReader>,
            )
          : output;
      }
    },
  });
