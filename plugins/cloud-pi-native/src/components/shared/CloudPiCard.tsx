import { InfoCard } from '@backstage/core-components';
import { useAsyncEntity } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import { type ReactNode, useMemo } from 'react';
import { useRefusalShownByPanel } from '../PageAccess/usePageAccess';
import { CardRoomContext, cardSizeOf, useElementWidth } from './useCardSize';

/** Props of {@link CloudPiCard}. */
export interface CloudPiCardProps {
  /** Which card, for styling and tests (`data-cpin-card`). */
  name: string;
  title: ReactNode;
  subheader?: ReactNode;
  children: ReactNode;
}

const titleProps = { component: 'h2' } as const;

const useStyles = makeStyles({
  // The browser skips the style, layout and paint of a card's content while
  // it is off-screen, and does them as it nears the viewport: a page of
  // cards opens at the cost of the ones in view. The content stays in the
  // document (accessibility tree, find in page); `auto` keeps the height
  // last rendered, so the page does not jump back.
  content: {
    contentVisibility: 'auto',
    containIntrinsicBlockSize: 'auto 320px',
  },
});

/**
 * An InfoCard that knows its own width: its content picks a compact, medium
 * or wide layout from it, and only renders once the card is measured. The
 * title is a level-2 heading so that the headings inside the card (level 3,
 * then 4) never skip a level. It is
 * hidden (but stays mounted, its request known to the page) while the page's
 * access panel explains a refusal.
 */
export function CloudPiCard(props: CloudPiCardProps) {
  const { name, title, subheader, children } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const { entity } = useAsyncEntity();
  const hidden = useRefusalShownByPanel(entity);
  const room = useMemo(() => ({ size: cardSizeOf(width), width }), [width]);
  const classes = useStyles();
  return (
    // The width its content was last rendered for, which tests wait on.
    <div
      ref={ref}
      data-cpin-card={name}
      data-cpin-width={width}
      hidden={hidden}
    >
      <CardRoomContext.Provider value={room}>
        <InfoCard
          title={title}
          subheader={subheader}
          titleTypographyProps={titleProps}
        >
          {/* Laid out once, at the card's measured size (before the paint). */}
          {width === undefined ? null : (
            <div className={classes.content}>{children}</div>
          )}
        </InfoCard>
      </CardRoomContext.Provider>
    </div>
  );
}
