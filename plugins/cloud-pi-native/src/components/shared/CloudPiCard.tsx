import { InfoCard } from '@backstage/core-components';
import { useAsyncEntity } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import { type ReactNode, useId, useMemo } from 'react';
import { CardSlotContext } from '../PageAccess/cardSlot';
import { useSaidByPanel } from '../PageAccess/usePageAccess';
import { CardRoomContext, cardSizeOf, useElementWidth } from './useCardSize';
import { useRenderWhenSeen } from './useRenderWhenSeen';

/** Props of {@link CloudPiCard}. */
export interface CloudPiCardProps {
  /** Which card, for styling and tests (`data-cpin-card`). */
  name: string;
  title: ReactNode;
  subheader?: ReactNode;
  children: ReactNode;
  /**
   * The usual height (px) of the card's content, held while it waits to
   * render and while the browser skips it off-screen. Default 320.
   */
  expectedHeight?: number;
}

const titleProps = { component: 'h2' } as const;

const useStyles = makeStyles({
  // The browser skips the style, layout and paint of a card's content while
  // it is off-screen, and does them as it nears the viewport: a page of
  // cards opens at the cost of the ones in view. The content stays in the
  // document (accessibility tree, find in page); `auto` keeps the height
  // last rendered (until then, the expected height), so the page does not
  // jump back.
  content: { contentVisibility: 'auto' },
});

/**
 * An InfoCard that knows its own width: its content picks a compact, medium
 * or wide layout from it, and only renders once the card is measured. A
 * card that starts below the fold renders its content when it comes into
 * view or when the browser is idle (its data is requested at once all the
 * same). The title is a level-2 heading so that the headings inside the
 * card (level 3, then 4) never skip a level. It is hidden (but stays
 * mounted, its request known to the page) while the page's access panel
 * explains a refusal, or a failure it shares with other cards.
 */
export function CloudPiCard(props: CloudPiCardProps) {
  const { name, title, subheader, children, expectedHeight = 320 } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const { entity } = useAsyncEntity();
  const slot = useId();
  const hidden = useSaidByPanel(entity, slot);
  const seen = useRenderWhenSeen(ref);
  const room = useMemo(() => ({ size: cardSizeOf(width), width }), [width]);
  const classes = useStyles();
  const rendered = width !== undefined && seen;
  return (
    // The width its content was last rendered for, which tests wait on.
    <div
      ref={ref}
      data-cpin-card={name}
      data-cpin-width={rendered ? width : undefined}
      hidden={hidden}
    >
      <CardSlotContext.Provider value={slot}>
        <CardRoomContext.Provider value={room}>
          <InfoCard
            title={title}
            subheader={subheader}
            titleTypographyProps={titleProps}
          >
            {/* Laid out once, at the card's measured size (before the paint). */}
            {rendered ? (
              <div
                className={classes.content}
                style={{
                  containIntrinsicBlockSize: `auto ${expectedHeight}px`,
                }}
              >
                {children}
              </div>
            ) : (
              // Holds the content's place, so that the cards below start out
              // of view and wait too.
              <div style={{ height: expectedHeight }} />
            )}
          </InfoCard>
        </CardRoomContext.Provider>
      </CardSlotContext.Provider>
    </div>
  );
}
