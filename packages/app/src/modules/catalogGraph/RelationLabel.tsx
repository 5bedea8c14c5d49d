import { useTranslationRef } from '@backstage/frontend-plugin-api';
import type { EntityEdge } from '@backstage/plugin-catalog-graph';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';
import { isKnownRelation, relationTranslationRef } from './relationTranslation';

const useStyles = makeStyles(theme => ({
  text: { fill: theme.palette.textContrast },
  secondary: { fill: theme.palette.textSubtle },
}));

/**
 * An edge label of the relations graph: its relation types in the user's
 * language, the reverse one dimmed, as Backstage's own label draws them.
 * Relation types the catalog does not define keep their names.
 */
export function RelationLabel(props: { edge: EntityEdge }) {
  const { relations } = props.edge;
  const { t } = useTranslationRef(relationTranslationRef);
  const classes = useStyles();
  return (
    <text className={classes.text} textAnchor="middle">
      {relations.map((type, index) => (
        <Fragment key={type}>
          {index > 0 && <tspan> / </tspan>}
          <tspan className={index % 2 ? classes.secondary : undefined}>
            {isKnownRelation(type) ? t(`relation.${type}`) : type}
          </tspan>
        </Fragment>
      ))}
    </text>
  );
}
