import { pickText } from './locale.ts';

// Names a user reads that come from the open scenario rather than the message catalogue. Result
// documents carry English unit names (they are the command line's output and the goldens'); pages
// show the scenario's own name of the unit in the page's language, looked up here by unit id.
// <plc-app> hands over every scenario the draft opens or edits.

let units = new Map<string, unknown>();

/** The scenario whose names pages show (the draft's current one). */
export function useScenarioWords(scenario: { units?: readonly { id?: unknown; name?: unknown }[] } | null | undefined): void {
  units = new Map((scenario?.units ?? []).filter((u) => typeof u?.id === 'string').map((u) => [u.id as string, u.name]));
}

/** A unit's name in the page's language: the open scenario's, else the one given (English), else its id. */
export function unitName(id: string, given?: unknown): string {
  return pickText(units.get(id)) || pickText(given) || id;
}
