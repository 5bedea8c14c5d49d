import { coreExtensionData } from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { CloudPiEntityForReader } from '@cpin/plugin-cloud-pi-native';
import { makeStyles } from '@material-ui/core/styles';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // Backstage lays the fields out in three columns on a wide screen,
  // whatever the card's width: in a page's side column a column is 90 px
  // wide and "cloud-pi-environment" broke inside its letters. Two columns
  // when the card is narrow.
  fields: {
    containerType: 'inline-size',
    // The fields' labels are capitals in a 10 px line that hides what
    // overflows: the accents of "PROPRIÉTAIRE", "SYSTÈME" were cut off.
    '& .bui-Grid h2': { lineHeight: '16px' },
    '@container (max-width: 480px)': {
      '& .bui-Grid': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
      '& .bui-Grid > .bui-GridItem[class*="col-span"]': {
        gridColumn: '1 / -1',
      },
    },
  },
});

/**
 * The about card, its fields in as many columns as its width holds and
 * their labels' accents whole.
 */
function AboutCardLayout(props: { children: ReactNode }) {
  const classes = useStyles();
  return (
    <div className={classes.fields} data-cpin-about>
      {props.children}
    </div>
  );
}

/**
 * Backstage's about card, with the description the Cloud π provider wrote
 * in the reader's language (its `metadata.description` is English) and its
 * fields laid out for the card's width. The card itself, with its icon
 * links, is Backstage's.
 */
export const catalogAboutCard = catalogPlugin
  .getExtension('entity-card:catalog/about')
  .override({
    *factory(originalFactory) {
      for (const output of originalFactory()) {
        yield output.id === coreExtensionData.reactElement.id
          ? coreExtensionData.reactElement(
              <AboutCardLayout>
                <CloudPiEntityForReader>{output.value}</CloudPiEntityForReader>
              </AboutCardLayout>,
            )
          : output;
      }
    },
  });
