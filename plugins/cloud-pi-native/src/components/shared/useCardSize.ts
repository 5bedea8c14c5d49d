import {
  createContext,
  type RefObject,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

/**
 * How much room a card has. Cards sit in columns of any width (a third of a
 * 1920 px page, a full 768 px tablet page), so they lay out from their own
 * width, not the viewport's.
 */
export type CardSize = 'compact' | 'medium' | 'wide';

/** Card widths (px) from which a card is medium, then wide. */
export const CARD_SIZE_BREAKPOINTS = { medium: 560, wide: 960 } as const;

/** The size of a card of that width; an unmeasured card counts as wide. */
export function cardSizeOf(width: number | undefined): CardSize {
  if (width === undefined || width <= 0) return 'wide';
  if (width < CARD_SIZE_BREAKPOINTS.medium) return 'compact';
  if (width < CARD_SIZE_BREAKPOINTS.wide) return 'medium';
  return 'wide';
}

/**
 * The width of an element: measured as it mounts, before the first paint,
 * then followed with a ResizeObserver. Undefined only until that first
 * measure, so that what depends on it renders once, at the right size.
 */
export function useElementWidth<T extends HTMLElement>(): [
  RefObject<T>,
  number | undefined,
] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    setWidth(Math.round(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(entries => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** The room of a card: its layout size, and its width once measured. */
export interface CardRoom {
  size: CardSize;
  width: number | undefined;
}

/** The room of the card around a component. */
export const CardRoomContext = createContext<CardRoom>({
  size: 'wide',
  width: undefined,
});

/** The size of the enclosing card (wide outside of a card). */
export function useCardSize(): CardSize {
  return useContext(CardRoomContext).size;
}

/** The width of the enclosing card, to measure again what depends on it. */
export function useCardWidth(): number | undefined {
  return useContext(CardRoomContext).width;
}
