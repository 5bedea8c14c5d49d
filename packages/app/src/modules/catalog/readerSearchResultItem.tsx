import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useApiHolder } from '@backstage/frontend-plugin-api';
import { CatalogSearchResultListItem } from '@backstage/plugin-catalog';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { useEntityPresentation } from '@backstage/plugin-catalog-react';
import { searchTextField } from '@cpin/plugin-cloud-pi-native-common';
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

/** The highlight of the reader's text in place of the English text's. */
function readerTextHighlight(highlight: Props['highlight'], field: string) {
  if (!highlight) return undefined;
  const { text: _english, ...fields } = highlight.fields;
  const reader = fields[field];
  return {
    ...highlight,
    fields: reader ? { ...fields, text: reader } : fields,
  };
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
 * language when the index has one (`searchTextField`, which the example
 * backend's search module adds for the Cloud π provider's entities, and
 * its highlight rather than the English text's), the owner's name instead
 * of its entity reference, and lines broken between words.
 */
function ReaderCatalogSearchResultListItem(props: Props) {
  const classes = useStyles();
  const language = appLanguage(useApiHolder());
  const { result } = props;
  if (!result) return null;
  const field = language ? searchTextField(language) : undefined;
  const text: unknown = field ? Reflect.get(result, field) : undefined;
  const shown =
    field && typeof text === 'string' && text
      ? {
          ...props,
          result: { ...result, text },
          highlight: readerTextHighlight(props.highlight, field),
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
