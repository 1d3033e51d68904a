// The window events web/app/pwa.ts dispatches, in a module of their own so that components
// and tests can name them without loading the service-worker registration.

/** A new version has been downloaded; `detail.apply()` reloads into it. */
export const UPDATE_READY_EVENT = 'plc-update-ready';
/** The app is precached and will start with no network. */
export const OFFLINE_READY_EVENT = 'plc-offline-ready';
