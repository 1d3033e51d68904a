// Service-worker registration (production build only). When a new version has been downloaded
// the app is told through a window event, and the user chooses when to reload: unsaved edits
// are flushed first (see plc-update-notice), so an update never loses work.

import { registerSW } from 'virtual:pwa-register';
import { OFFLINE_READY_EVENT, UPDATE_READY_EVENT } from './pwa-events.ts';

export { OFFLINE_READY_EVENT, UPDATE_READY_EVENT };

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const update = registerSW({
    onNeedRefresh() {
      window.dispatchEvent(new CustomEvent(UPDATE_READY_EVENT, { detail: { apply: () => update(true) } }));
    },
    onOfflineReady() {
      window.dispatchEvent(new Event(OFFLINE_READY_EVENT));
    },
  });
}
