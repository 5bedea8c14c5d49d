import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * Renders of off-screen content waiting for the browser to be idle, in the
 * order their cards mounted (the page's order). One per idle period, so
 * that the page's own work (the catalog's reads, the relations graph) is
 * never held up by all of them at once.
 */
const waiting: Array<() => void> = [];
let scheduled = false;

function renderNextWhenIdle() {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  // Within 2 s of the last one even on a page that is never idle.
  window.requestIdleCallback(
    () => {
      scheduled = false;
      waiting.shift()?.();
      renderNextWhenIdle();
    },
    { timeout: 2000 },
  );
}

function whenIdle(render: () => void): () => void {
  waiting.push(render);
  renderNextWhenIdle();
  return () => {
    const index = waiting.indexOf(render);
    if (index >= 0) waiting.splice(index, 1);
  };
}

const canDefer = () =>
  typeof window !== 'undefined' &&
  typeof window.IntersectionObserver !== 'undefined' &&
  typeof window.requestIdleCallback !== 'undefined';

/**
 * Whether an element's content may render: at once if the element starts
 * in the viewport (measured before the first paint, with the cards above it
 * at their placeholder height), otherwise when it enters the viewport or
 * when the browser is next idle, whichever comes first. Browsers without
 * IntersectionObserver or requestIdleCallback (and jsdom) render at once.
 */
export function useRenderWhenSeen(ref: RefObject<HTMLElement>): boolean {
  const [seen, setSeen] = useState(() => !canDefer());
  useLayoutEffect(() => {
    const element = ref.current;
    if (seen || !element) return undefined;
    if (element.getBoundingClientRect().top < window.innerHeight) {
      setSeen(true);
      return undefined;
    }
    // Its first report is of the page as it opens, while the cards above
    // are still loading (shorter than they will be): only a later change,
    // such as a scroll, brings the card into view.
    let opening = true;
    const observer = new IntersectionObserver(entries => {
      if (opening) {
        opening = false;
        return;
      }
      if (entries.some(entry => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(element);
    const cancel = whenIdle(() => setSeen(true));
    return () => {
      observer.disconnect();
      cancel();
    };
  }, [ref, seen]);
  return seen;
}
