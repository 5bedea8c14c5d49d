import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useApiHolder } from '@backstage/frontend-plugin-api';
import { CatalogSearchResultListItem } from '@backstage/plugin-catalog';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { useEntityPresentation } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import { appLanguage } from '../i18n/localizedTitles';

type Props = Parameters<typeof CatalogSearchResultListItem>[0];

const useStyles = makeStyles({
  // Backstage breaks the title and text anywhere ("ovh-prod d / e la
  // zone"); break only a word longer than the line.
  wholeWords: {
    // The list item is a flex row: take its width, as Backstage's item does.
    width: '100%',
    '& .MuiListItemText-root': {
      wordBreak: 'normal',
      overflowWrap: 'anywhere',
    },
  },
});
type Result = NonNullable<Props['result']>;

/** The highlight without its English text's. */
function withoutTextHighlight(highlight: Props['highlight']) {
  if (!highlight) return undefined;
  const { text: _english, ...fields } = highlight.fields;
  return { ...highlight, fields };
}

/** The owner's reference in full, as the catalog's entity links read it. */
function ownerRef(result: Result): string | undefined {
  const { owner, namespace } = result as { owner?: string; namespace?: string };
  if (!owner) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: namespace || 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/** The result with its owner named as the catalog names it, not by its id. */
function WithOwnerName(props: Props & { result: Result; owner: string }) {
  const { owner, ...rest } = props;
  const { primaryTitle } = useEntityPresentation(owner);
  const named = { ...rest.result, owner: primaryTitle };
  return <CatalogSearchResultListItem {...rest} result={named} />;
}

/**
 * Backstage's catalog search result, with the description in the reader's
 * language when the index has one (`texts`, which the example backend's
 * search module adds for the Cloud π provider's entities; a highlight of
 * the English text is then left out), the owner's name instead of its
 * entity reference, and lines broken between words.
 */
function ReaderCatalogSearchResultListItem(props: Props) {
  const classes = useStyles();
  const language = appLanguage(useApiHolder());
  const { result } = props;
  if (!result) return null;
  const texts = (result as { texts?: Record<string, string> }).texts;
  const text = language ? texts?.[language] : undefined;
  const shown = text
    ? {
        ...props,
        result: { ...result, text },
        highlight: withoutTextHighlight(props.highlight),
      }
    : { ...props, result };
  const owner = ownerRef(result);
  return (
    <div className={classes.wholeWords}>
      {owner ? (
        <WithOwnerName {...shown} owner={owner} />
      ) : (
        <CatalogSearchResultListItem {...shown} />
      )}
    </div>
  );
}

/** The catalog's search result item, for readers of any language. */
export const readerCatalogSearchResultItem = catalogPlugin
  .getExtension('search-result-list-item:catalog')
  .override({
    params: {
      component: async () => ReaderCatalogSearchResultListItem,
    },
  });
