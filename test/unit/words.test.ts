// The words tables (web/app/words.ts): built once per language, read by key, and a key the table
// does not have (one from a file, or one of Object's own such as "toString") reads as no words.
import { describe, expect, it } from 'vitest';
import { msgTable, wordOr } from '../../web/app/words.ts';
import { releaseLabel, statusLabel } from '../../web/app/labels.ts';
import { bundledVillageLabel, lineTypeText, toolkitText } from '../../web/village/village-words.ts';
import { shortText } from '../../web/app/figure-labels.ts';

describe('words tables', () => {
  it('builds a table once and reads it by key', () => {
    let builds = 0;
    const table = msgTable(() => {
      builds++;
      return { a: 'A', b: 'B' } as Record<string, string>;
    });
    expect([wordOr(table, 'a'), wordOr(table, 'b'), wordOr(table, 'c')]).toEqual(['A', 'B', undefined]);
    expect(builds).toBe(1);
  });

  it("never reads Object's own keys as words", () => {
    const table = msgTable((): Record<string, string> => ({ a: 'A' }));
    expect(['toString', 'constructor', '__proto__', 'hasOwnProperty'].map((k) => wordOr(table, k))).toEqual([undefined, undefined, undefined, undefined]);
    expect(releaseLabel('toString')).toBe('toString');
    expect(statusLabel('constructor')).toBe('constructor');
    expect(toolkitText('valueOf')).toBe('valueOf');
    expect(bundledVillageLabel('__proto__')).toBe('__proto__');
  });

  it('gives the English words, and the key itself where a table has none', () => {
    expect(releaseLabel('openBurning')).toBe('Open burning');
    expect(releaseLabel('coal')).toBe('Coal');
    expect(releaseLabel('somewhere')).toBe('somewhere');
    expect(statusLabel('E')).toBe('estimate');
    expect(lineTypeText(undefined)).toBe('—');
    expect(lineTypeText('rigid')).toBe('rigid plastic');
    expect(lineTypeText('tubes')).toBe('tubes');
    expect(shortText('indicator.materialYield')).toBe('Material yield');
    expect(shortText('pcddf.air')).toBeUndefined();
  });
});
