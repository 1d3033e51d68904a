// The selector language of a measure's patch paths (MODEL.md section 6; measures.ts describes it
// and applies it): a path segment in brackets that picks list items by content, [*], [key=value]
// or [key=value1|value2]; whether a patch path is well formed, and whether a selector can ever
// match in the list it picks from. No DOM and no Node APIs.

import { FUEL_KEYS, UNIT_TYPES } from '../model/scenario-schema.ts';
import { FORBIDDEN_KEYS } from '../model/schema-blocks.ts';
import { boundOf } from '../model/bounds.ts';
import { unescapeSegment } from '../io/json-pointer.ts';

/** A path segment in brackets: a selector of list items by content (measures.ts). */
export const SELECTOR = /^\[(.*)\]$/;

export type Condition = { all: true } | { all: false; key: string[]; values: string[] };

/** The condition a selector's body (the text between the brackets) states, or null if it is not one. */
export function parseSelector(body: string): Condition | null {
  if (body === '*') return { all: true };
  const eq = body.indexOf('=');
  if (eq <= 0 || eq === body.length - 1) return null;
  const key = body.slice(0, eq).split('.');
  if (key.some((k) => k === '' || FORBIDDEN_KEYS.has(k))) return null;
  const values = body.slice(eq + 1).split('|');
  if (values.some((v) => v === '')) return null;
  return { all: false, key, values };
}

/** JSON Pointer that may contain selector segments; returns a problem in plain words or null. */
export function patchPathProblem(p: string, selectorsAllowed: boolean): string | null {
  if (!p.startsWith('/'))
    return `must be a JSON Pointer starting with "/", such as "/residues/plasticRoutes/openBurning"; got ${JSON.stringify(p.slice(0, 80))}`;
  for (const raw of p.slice(1).split('/')) {
    const selector = SELECTOR.exec(raw);
    if (selector) {
      if (!selectorsAllowed) return `may not contain a selector such as ${raw}; write the concrete path`;
      if (parseSelector(selector[1]) === null) {
        return `has the selector ${raw}, which is not of the form [*], [key=value] or [key=value1|value2]`;
      }
      continue;
    }
    if (/~[^01]|~$/.test(raw)) return `has "~" not written as "~0" (or "/" inside a name not written as "~1") in ${JSON.stringify(raw)}`;
    const key = unescapeSegment(raw);
    if (FORBIDDEN_KEYS.has(key)) return `contains the key "${key}", which is not allowed (it could corrupt the program)`;
  }
  return null;
}

/** Values a selector key may take in /units (null: any text); other keys must name a number. */
const UNIT_SELECTOR_KEYS: Record<string, readonly string[] | null> = {
  id: null,
  name: null,
  type: UNIT_TYPES,
  'heat.fuel': FUEL_KEYS,
  'heat.backupFuel': FUEL_KEYS,
};

/** Why a selector is wrong for the list it picks from (`list`: the segment before it), or null. */
export function selectorProblem(list: string | undefined, raw: string, condition: Condition): string | null {
  if (condition.all) return null;
  const key = condition.key.join('.');
  if (list !== 'units') {
    return key === 'id' ? null : `has the selector ${raw}; outside /units a selector may only be [*] or [id=…]`;
  }
  const allowed = UNIT_SELECTOR_KEYS[key];
  if (allowed === undefined) {
    if (!boundOf(`/units/0/${condition.key.join('/')}`)) {
      return `has the selector ${raw}, but "${key}" is not a field of a unit (use id, name, type, heat.fuel, heat.backupFuel or a unit's number)`;
    }
    const bad = condition.values.find((v) => !Number.isFinite(Number(v)));
    return bad === undefined ? null : `has the selector ${raw}, but ${key} is a number and "${bad}" is not`;
  }
  const bad = allowed === null ? undefined : condition.values.find((v) => !allowed.includes(v));
  return bad === undefined
    ? null
    : `has the selector ${raw}, but "${bad}" is not a ${key === 'type' ? 'unit type' : 'fuel'}; the ${key === 'type' ? 'types' : 'fuels'} are ${allowed!.join(', ')}`;
}
