import { ContextProvider, type Context } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { catalogueContext, draftContext, faultsContext, libraryContext, simulationContext, storeContext } from './contexts.ts';
import type { ScenarioSession } from './session.ts';

/** One context <plc-app> provides, and how to read its value from what the app holds. */
export interface Provided<S> {
  context: Context<unknown, unknown>;
  read: (source: S) => unknown;
}

/** A context and its reader, typed together. */
export const provided = <S, T>(context: Context<unknown, T | undefined>, read: (source: S) => T): Provided<S> => ({
  context: context as Context<unknown, unknown>,
  read,
});

/** The session's own services, each through its context (web/app/contexts.ts). */
export const SESSION_SERVICES: readonly Provided<{ session: ScenarioSession }>[] = [
  provided(draftContext, ({ session }) => session.draft),
  provided(storeContext, ({ session }) => session.store),
  provided(libraryContext, ({ session }) => session.store.library),
  provided(simulationContext, ({ session }) => session.simulation),
  provided(faultsContext, ({ session }) => session.faults),
  provided(catalogueContext, ({ session }) => session.catalogue),
];

/** Provides every listed context to everything below `host`; `provide()` hands out new values. */
export class SessionProviders<S> {
  private readonly providers: { provider: ContextProvider<Context<unknown, unknown>>; read: (source: S) => unknown }[];

  constructor(host: ReactiveControllerHost & HTMLElement, entries: readonly Provided<S>[]) {
    this.providers = entries.map(({ context, read }) => ({ provider: new ContextProvider(host, { context }), read }));
  }

  provide(source: S): void {
    for (const { provider, read } of this.providers) provider.setValue(read(source));
  }
}
