// The simulation core uses WebAssembly SIMD (asconfig.json, "enable": ["simd"]): Chrome and Edge 91,
// Firefox 89, Safari 16.4 or newer. In an older browser the core cannot load, so the page says so
// at once, in the page's language (and again when the language changes), instead of failing at
// the first figure.
import { msg } from '@lit/localize';
import { simd } from 'wasm-feature-detect';

const words = () =>
  msg(
    'This browser is too old to run the simulation: it needs WebAssembly SIMD (Chrome or Edge 91, Firefox 89, Safari 16.4 or newer). Please update the browser.',
  );

/** Puts a notice at the top of the page when the browser cannot run the core; `supported` is the probe (tests pass their own). */
export async function checkBrowserSupport(supported: () => Promise<boolean> = simd): Promise<HTMLElement | null> {
  if (await supported()) return null;
  const note = document.createElement('p');
  note.className = 'plc-unsupported';
  note.setAttribute('role', 'alert');
  note.textContent = words();
  window.addEventListener('lit-localize-status', (event) => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') note.textContent = words();
  });
  document.body.prepend(note);
  return note;
}
