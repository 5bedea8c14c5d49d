import {
  createContext,
  type RefCallback,
  useCallback,
  useContext,
  useEffect,
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
 * The width of an element, followed with a ResizeObserver. Undefined until
 * measured (and where ResizeObserver does not exist).
 */
export function useElementWidth<T extends HTMLElement>(): [
  RefCallback<T>,
  number | undefined,
] {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(entries => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  const ref = useCallback((node: T | null) => setElement(node), []);
  return [ref, width];
}

/** The size of the card around a component. */
export const CardSizeContext = createContext<CardSize>('wide');

/** The size of the enclosing card (wide outside of a card). */
export function useCardSize(): CardSize {
  return useContext(CardSizeContext);
}
