import { InfoCard } from '@backstage/core-components';
import { useAsyncEntity } from '@backstage/plugin-catalog-react';
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
  return (
    <div ref={ref} data-cpin-card={name} hidden={hidden}>
      <CardRoomContext.Provider value={room}>
        <InfoCard
          title={title}
          subheader={subheader}
          titleTypographyProps={titleProps}
        >
          {/* Laid out once, at the card's measured size (before the paint). */}
          {width === undefined ? null : children}
        </InfoCard>
      </CardRoomContext.Provider>
    </div>
  );
}
