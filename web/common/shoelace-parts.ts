import type { ReactiveControllerHost } from 'lit';

// Shoelace parts that the first screen shows only now and then (a notice, a spinner while a run is
// slow, a refused run's alert): loaded when first shown rather than with the page (issue 17).

const LOADERS = {
  alert: () => import('@shoelace-style/shoelace/dist/components/alert/alert.js'),
  button: () => import('@shoelace-style/shoelace/dist/components/button/button.js'),
  spinner: () => import('@shoelace-style/shoelace/dist/components/spinner/spinner.js'),
};

export type ShoelacePart = keyof typeof LOADERS;

const loading = new Map<ShoelacePart, Promise<unknown>>();

function load(part: ShoelacePart): Promise<unknown> {
  let pending = loading.get(part);
  if (!pending) {
    pending = Promise.all([LOADERS[part](), import('./shoelace-vi.ts')]).catch((e: unknown) => {
      loading.delete(part); // offline before the first visit: asked again at the next render
      throw e;
    });
    loading.set(part, pending);
  }
  return pending;
}

/**
 * Whether the parts are defined. If not, they load and the host renders again once they are: a
 * host renders what uses them only when this is true, so that nothing shows unstyled meanwhile.
 *
 *   ${shoelaceReady(this, 'alert', 'button') ? html`<sl-alert …>` : nothing}
 */
export function shoelaceReady(host: ReactiveControllerHost, ...parts: ShoelacePart[]): boolean {
  const missing = parts.filter((part) => !customElements.get(`sl-${part}`));
  if (missing.length === 0) return true;
  void Promise.all(missing.map(load)).then(
    () => host.requestUpdate(),
    () => undefined,
  );
  return false;
}
