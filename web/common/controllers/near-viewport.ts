// Whether an element has come near the viewport yet (issue 17): work a part of the page needs only
// once it is seen waits until then, or until the page is printed. Two users: the deferred charts
// (chart-element.ts: Chart.js and the chart are made once within 100 px), and the Workbench's
// measure portfolios (NearViewportController: the measures catalogue, and with it the catalogue's
// schema in the worker, load once the panel has stayed within 200 px for 300 ms; while the page
// above it is still laying out, a panel further down passes through the viewport).

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `reached` once, when `element` has stayed within `margin` of the viewport for `settleMs`
 * (0: as soon as it is within), or when the page is about to print; returns the function that
 * stops watching (an observer and a window listener, which would keep a removed element alive).
 */
export function watchNearViewport(element: Element, reached: () => void, margin: string, settleMs = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    observer.disconnect();
    window.removeEventListener('beforeprint', fire);
  };
  const fire = () => {
    stop();
    reached();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      clearTimeout(timer);
      // At once: any moment within counts; after settling: only where the element is now.
      if (settleMs === 0) {
        if (entries.some((e) => e.isIntersecting)) fire();
      } else if (entries.at(-1)?.isIntersecting) timer = setTimeout(fire, settleMs);
    },
    { rootMargin: margin },
  );
  // A page printed before the element was scrolled to: the work starts at once, but a print
  // already under way does not wait for it, so it may be the next print that has it.
  window.addEventListener('beforeprint', fire);
  observer.observe(element);
  return stop;
}

type Host = ReactiveControllerHost & HTMLElement;

/** `near` becomes true (and the host renders again) once the host has been near the viewport. */
export class NearViewportController implements ReactiveController {
  /** True once the host has come within the margin of the viewport (or the page was printed). */
  near = false;
  private stop: (() => void) | null = null;

  constructor(
    private readonly host: Host,
    private readonly margin = '200px 0px',
    private readonly settleMs = 300,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near || typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    this.stop = watchNearViewport(
      this.host,
      () => {
        this.near = true;
        this.stop = null;
        this.host.requestUpdate();
      },
      this.margin,
      this.settleMs,
    );
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = null;
  }
}
