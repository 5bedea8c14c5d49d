import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { useRenderWhenSeen } from './useRenderWhenSeen';

function Probe(props: { name: string; top: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const seen = useRenderWhenSeen(ref);
  return (
    <div ref={ref} data-top={props.top}>
      {props.name}: {seen ? 'rendered' : 'waiting'}
    </div>
  );
}

describe('useRenderWhenSeen', () => {
  it('renders at once where the browser cannot tell what is in view', () => {
    render(<Probe name="below" top={5000} />);
    expect(screen.getByText('below: rendered')).toBeInTheDocument();
  });

  describe('in a browser', () => {
    let idle: Array<() => void>;
    let observers: Array<{
      report: (isIntersecting: boolean) => void;
      disconnected: boolean;
    }>;

    beforeEach(() => {
      idle = [];
      observers = [];
      window.requestIdleCallback = jest.fn(callback => {
        idle.push(() => callback({} as IdleDeadline));
        return idle.length;
      });
      window.IntersectionObserver = jest.fn(callback => {
        const observer = {
          disconnected: false,
          report: (isIntersecting: boolean) =>
            callback(
              [{ isIntersecting } as IntersectionObserverEntry],
              {} as IntersectionObserver,
            ),
        };
        observers.push(observer);
        return {
          observe: () => {},
          disconnect: () => {
            observer.disconnected = true;
          },
        } as unknown as IntersectionObserver;
      });
      jest
        .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
        .mockImplementation(function rect(this: HTMLElement) {
          return { top: Number(this.dataset.top ?? 0) } as DOMRect;
        });
    });

    afterEach(() => {
      // Drain the queue shared by every card of the module.
      act(() => {
        while (idle.length) idle.shift()!();
      });
      jest.restoreAllMocks();
      const browser = window as {
        requestIdleCallback?: unknown;
        IntersectionObserver?: unknown;
      };
      delete browser.requestIdleCallback;
      delete browser.IntersectionObserver;
    });

    const runIdle = () => act(() => idle.shift()!());

    it('renders a card that starts in view before the first paint', () => {
      render(<Probe name="top" top={200} />);
      expect(screen.getByText('top: rendered')).toBeInTheDocument();
      expect(observers).toHaveLength(0);
    });

    it('renders cards below the fold one per idle period, in page order', () => {
      render(
        <>
          <Probe name="first" top={1200} />
          <Probe name="second" top={1600} />
        </>,
      );
      expect(screen.getByText('first: waiting')).toBeInTheDocument();
      expect(screen.getByText('second: waiting')).toBeInTheDocument();

      runIdle();
      expect(screen.getByText('first: rendered')).toBeInTheDocument();
      expect(screen.getByText('second: waiting')).toBeInTheDocument();
      expect(observers[0].disconnected).toBe(true);

      runIdle();
      expect(screen.getByText('second: rendered')).toBeInTheDocument();
    });

    it('renders a card scrolled into view, but not on the report of the page as it opens', () => {
      render(<Probe name="below" top={1200} />);
      act(() => observers[0].report(true));
      expect(screen.getByText('below: waiting')).toBeInTheDocument();

      act(() => observers[0].report(false));
      act(() => observers[0].report(true));
      expect(screen.getByText('below: rendered')).toBeInTheDocument();
    });

    it('forgets a card that goes away before its turn', () => {
      const { unmount } = render(<Probe name="gone" top={1200} />);
      render(<Probe name="next" top={1400} />);
      unmount();
      runIdle();
      expect(screen.getByText('next: rendered')).toBeInTheDocument();
    });
  });
});
