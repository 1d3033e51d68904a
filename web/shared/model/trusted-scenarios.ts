// The scenarios the app ships, known valid without the schema (issue 17): the worker's first
// run is nearly always the bundled Minh Khai line, and checking it with the full schema would
// load zod and the schema (about 17 KB gzipped) before the first figures. Each bundled scenario
// that the schema accepts unchanged and without a warning is listed here by the SHA-256 of its
// JSON text (trusted-scenarios.json, written by `npx tsx scripts/trusted-scenarios.ts --write`;
// test/unit/trusted-scenarios.test.ts fails when the list no longer matches what the schema says
// of the files). A document is trusted only when its exact JSON text has a listed digest; any
// other document, and any document where Web Crypto is missing, goes to the full schema as before.

import digests from './trusted-scenarios.json';
import type { Scenario, ValidationResult } from './scenario-schema.ts';

const TRUSTED: ReadonlySet<string> = new Set(digests.sha256);

/** The JSON text of plain JSON data (what JSON.stringify gives), or null when x holds anything
 *  JSON.stringify would drop or change silently: undefined, a non-finite number, −0, a
 *  function, a symbol, a hole in an array, an object other than a plain one or an array. Such a
 *  document is never trusted, so its digest cannot match a file's by accident. */
export function strictJsonText(x: unknown): string | null {
  const parts: string[] = [];
  const walk = (v: unknown, depth: number): boolean => {
    if (depth > 64) return false;
    if (v === null || typeof v === 'boolean' || typeof v === 'string') {
      parts.push(JSON.stringify(v));
      return true;
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) return false;
      parts.push(JSON.stringify(v));
      return true;
    }
    if (Array.isArray(v)) {
      parts.push('[');
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return false;
        if (i > 0) parts.push(',');
        if (!walk(v[i], depth + 1)) return false;
      }
      parts.push(']');
      return true;
    }
    if (typeof v !== 'object') return false;
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    parts.push('{');
    let first = true;
    for (const key of Object.keys(v)) {
      if (!first) parts.push(',');
      first = false;
      parts.push(JSON.stringify(key), ':');
      if (!walk((v as Record<string, unknown>)[key], depth + 1)) return false;
    }
    parts.push('}');
    return true;
  };
  return walk(x, 0) ? parts.join('') : null;
}

/** The SHA-256 of a text's UTF-8 bytes, in hex, or null where Web Crypto is missing. */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The schema's verdict on a bundled scenario (valid, no warnings) when `input` is one, exactly;
 *  null for anything else, which the caller then checks with the full schema. */
export async function trustedValidation(input: unknown): Promise<ValidationResult | null> {
  const text = strictJsonText(input);
  if (text === null) return null;
  const digest = await sha256Hex(text);
  if (digest === null || !TRUSTED.has(digest)) return null;
  return { ok: true, scenario: input as Scenario, warnings: [] };
}
