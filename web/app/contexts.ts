import { createContext } from '@lit/context';
import type { FaultCenter } from '../common/fault-center.ts';
import type { ScenarioLibrary } from '../common/library.ts';
import type { MeasureCatalogue } from '../common/measure-catalogue.ts';
import type { ScenarioDraft } from './scenario-draft.ts';
import type { ScenarioStore } from './scenario-store.ts';
import type { SimulationRun } from './session.ts';

// The services reach components through these contexts, provided by <plc-app> from the session
// (web/app/session.ts); a component consumes one with ServiceController
// (web/common/controllers/service-controller.ts), which also re-renders it on the service's
// `change`. Each view's own run is provided the same way, through a context declared beside the
// run in the view's folder (comparisonContext in web/compare/comparison-run.ts, …), so that no
// module here imports a view.

/** The current scenario document (edited by the line editor, opened by the store). */
export const draftContext = createContext<ScenarioDraft | undefined>(Symbol('plc-draft'));
/** Autosave, conflicts with other tabs, the library and the run history. */
export const storeContext = createContext<ScenarioStore | undefined>(Symbol('plc-store'));
/** The stored scenarios (list, rename, duplicate, delete, import, export) and their run history. */
export const libraryContext = createContext<ScenarioLibrary | undefined>(Symbol('plc-library'));
/** The live steady-state run of the current scenario. */
export const simulationContext = createContext<SimulationRun | undefined>(Symbol('plc-simulation'));
/** The one fault notice of the page. */
export const faultsContext = createContext<FaultCenter | undefined>(Symbol('plc-faults'));
/** The BAT/BEP measures catalogue, loaded once. */
export const catalogueContext = createContext<MeasureCatalogue | undefined>(Symbol('plc-catalogue'));
