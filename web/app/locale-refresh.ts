import { LOCALE_STATUS_EVENT } from '@lit/localize';

// A language switch re-renders every @localized() element at once (@lit/localize requests an
// update of each). What Lit cannot reach is state a third-party element caches from its
// children: Shoelace's <sl-select> copies the chosen option's text into its own display when the
// choice changes, not when the option's words do. After a switch, once the elements have
// re-rendered, every such element in the page (through every open shadow root) reads its
// options' words again. Dialogs that are open stay open and are re-rendered like the rest.

/** Elements that cache the words of their children, and how each reads them again. */
const REFRESHERS: Record<string, (el: HTMLElement) => void> = {
  'sl-select': (el) => (el as HTMLElement & { selectionChanged?: () => void }).selectionChanged?.(),
};

function* composedElements(root: Document | ShadowRoot): Generator<HTMLElement> {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    yield el;
    if (el.shadowRoot) yield* composedElements(el.shadowRoot);
  }
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Re-reads the cached words of every element that keeps them (after the re-render). */
export async function refreshCachedWords(root: Document | ShadowRoot = document): Promise<void> {
  await frame();
  const pending: Promise<unknown>[] = [];
  for (const el of composedElements(root)) if ('updateComplete' in el) pending.push((el as unknown as { updateComplete: Promise<unknown> }).updateComplete);
  await Promise.all(pending);
  for (const el of composedElements(root)) REFRESHERS[el.localName]?.(el);
}

/** Listens for finished language switches for the page's lifetime; returns the way to stop. */
export function refreshOnLocaleChange(): () => void {
  const listener = (event: Event) => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') void refreshCachedWords();
  };
  window.addEventListener(LOCALE_STATUS_EVENT, listener);
  return () => window.removeEventListener(LOCALE_STATUS_EVENT, listener);
}
