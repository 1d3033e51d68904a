import { ContextConsumer, type Context, type ContextType } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The one way a component reaches a service (the draft, the store, a run…): consumed through its
 * context (subscribed, so a value provided anew later is followed), and the host re-renders
 * whenever the service fires `change`. The listener goes when the host disconnects and comes back
 * when it reconnects, so a view that is left holds no reference to its run.
 *
 *   private readonly comparison = new ServiceController(this, comparisonContext);
 *   … this.comparison.value?.run.state …
 */
export class ServiceController<C extends Context<unknown, unknown>> implements ReactiveController {
  /** The service, once a provider above the host has answered. */
  value: NonNullable<ContextType<C>> | undefined;
  private listening: EventTarget | null = null;
  private connected = false;
  private readonly onChange: () => void;

  constructor(
    host: Host,
    context: C,
    /** What a `change` of the service does; by default the host re-renders. */
    onChange: () => void = () => host.requestUpdate(),
  ) {
    this.onChange = onChange;
    host.addController(this);
    new ContextConsumer(host, {
      context,
      subscribe: true,
      callback: (value) => {
        this.value = (value ?? undefined) as NonNullable<ContextType<C>> | undefined;
        this.listen();
        host.requestUpdate();
      },
    });
  }

  hostConnected(): void {
    this.connected = true;
    this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.listen();
  }

  private listen(): void {
    const value = this.value as Partial<EventTarget> | undefined;
    const target = this.connected && typeof value?.addEventListener === 'function' ? (value as EventTarget) : null;
    if (target === this.listening) return;
    this.listening?.removeEventListener('change', this.onChange);
    this.listening = target;
    target?.addEventListener('change', this.onChange);
  }
}
