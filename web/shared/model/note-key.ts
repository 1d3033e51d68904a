// The short key a bundled source note is looked up by in its Vietnamese table (issue 17). The table
// the app ships (fixtures/i18n/source-notes.vi.keyed.json, written by `npx tsx scripts/source-notes.ts
// --write` from the English-keyed fixtures/i18n/source-notes.vi.json) is keyed by this 53-bit hash
// of the English text rather than by the text itself, which was half of its bytes. A note the user
// wrote is taken for a bundled one only if its key is one of the table's ≈ 200: with 2⁵³ keys, a
// chance of about 2·10⁻¹⁴ per note. No two bundled notes share a key (keyedNotes checks it).

import { cyrb53 } from './cyrb53.ts';

/** cyrb53 of the English text, in base 36 (≤ 11 characters). */
export function noteKey(text: string): string {
  return cyrb53(text).toString(36);
}

/** An English → Vietnamese table keyed by noteKey of the English; throws if two notes share a key. */
export function keyedNotes(table: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  const by = new Map<string, string>();
  for (const [en, vi] of Object.entries(table)) {
    const key = noteKey(en);
    const other = by.get(key);
    if (other !== undefined) throw new Error(`two source notes share the key ${key}: "${other}" and "${en}"`);
    by.set(key, en);
    out[key] = vi;
  }
  return out;
}
