/**
 * Makes every observed element report `width` px, as a browser's
 * ResizeObserver would for a card in a column of that width (jsdom has no
 * layout). Returns a function that restores the previous ResizeObserver.
 */
export function mockCardWidth(width: number): () => void {
  const previous = globalThis.ResizeObserver;
  class FixedWidthObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const entry = {
        target,
        contentRect: { width, height: 600 } as DOMRectReadOnly,
      } as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver =
    FixedWidthObserver as unknown as typeof ResizeObserver;
  return () => {
    globalThis.ResizeObserver = previous;
  };
}
