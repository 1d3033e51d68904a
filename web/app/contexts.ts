import { createContext } from '@lit/context';
import type { ScenarioSession } from './session.ts';

/** The services reach components through these contexts (provided by <plc-app>). */
export const sessionContext = createContext<ScenarioSession | undefined>(Symbol('plc-session'));
