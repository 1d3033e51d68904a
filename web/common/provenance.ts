/** JSON with object keys sorted at every level, so equal documents give equal text (and hash). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/** FNV-1a, 64 bits: only where Web Crypto is missing (an insecure origin). */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

/** `sha256:<hex>` of the document's canonical JSON; names a scenario revision's content. */
export async function hashScenario(scenario: unknown): Promise<string> {
  const text = canonicalJson(scenario);
  if (!globalThis.crypto?.subtle) return `fnv1a64:${fnv1a64(text)}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** What a run was computed with, as recorded beside its result. */
export interface RunProvenance {
  scenarioHash: string;
  efLibraryId: string;
  efLibraryVersion: number;
  appVersion: string;
  kind: string;
  seed: number | null;
}

/** True when two runs were computed from the same inputs by the same code and data. */
export function sameProvenance(a: RunProvenance, b: RunProvenance): boolean {
  return (
    a.scenarioHash === b.scenarioHash &&
    a.efLibraryId === b.efLibraryId &&
    a.efLibraryVersion === b.efLibraryVersion &&
    a.appVersion === b.appVersion &&
    a.kind === b.kind &&
    a.seed === b.seed
  );
}
