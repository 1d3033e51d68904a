// Whether an element has come near the viewport yet (issue 17): work a panel needs only once it
// is seen (the Workbench's measure portfolios load the measures catalogue, and with it the
// catalogue's schema in the worker) waits until the panel has stayed within `margin` of the
// viewport for a moment (`settleMs`: while the page above it is still laying out, a panel further
// down passes through the viewport), or until the page is printed. Once near, always near: the
// controller stops watching.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class NearViewportController implements ReactiveController {
  /** True once the host has come within the margin of the viewport (or the page was printed). */
  near = false;
  private observer: IntersectionObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    private readonly margin = '200px 0px',
    private readonly settleMs = 300,
  ) {
    host.addController(this);
  }

  private readonly reached = (): void => {
    if (this.near) return;
    this.near = true;
    this.stop();
    this.host.requestUpdate();
  };

  hostConnected(): void {
    if (this.near || typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    window.addEventListener('beforeprint', this.reached);
    this.observer = new IntersectionObserver(
      (entries) => {
        clearTimeout(this.timer);
        if (entries.at(-1)?.isIntersecting) this.timer = setTimeout(this.reached, this.settleMs);
      },
      { rootMargin: this.margin },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = null;
    window.removeEventListener('beforeprint', this.reached);
  }
}
