// The one CSV writer (web/shared/io/csv.ts, issue 14): OWASP's CSV-injection escaping on text cells,
// numbers left as numbers, and every CSV the app writes goes through it.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsvText, unescapeCsvCell } from '../../web/shared/io/csv.ts';
import { toCsv } from '../../web/common/charts/compare-data.ts';
import { csv as evaluationCsv } from '../../web/evaluation/evaluation-export.ts';
import { sweepCsv } from '../../web/shared/analysis/sweep-parameters.ts';

describe('toCsvText', () => {
  it('defuses every text cell a spreadsheet would run as a formula, and only those', () => {
    // Worked out by hand from OWASP's list (=, +, -, @, tab, CR): a "'" in front, then quoted.
    const row = ['=1+1', '+x', '-x', '@SUM(A1)', '\tx', '\rx', 'ok', 'a,b', 'say "hi"', '=a\nb'];
    expect(toCsvText([row])).toBe(`"'=1+1","'+x","'-x","'@SUM(A1)","'\tx","'\rx",ok,"a,b","say ""hi""","'=a\nb"\r\n`);
  });

  it('keeps numbers as numbers, negative ones too, and writes nothing for a missing or non-finite one', () => {
    expect(toCsvText([[-5, 3.5, 1e-7, 0, null, undefined, NaN, Infinity, true]])).toBe('-5,3.5,1e-7,0,,,,,true\r\n');
  });

  it('reads back to what was written once the "\'" is taken off', () => {
    const row = ['=HYPERLINK("http://x","click")', '-3 kg', 'plain', "'already quoted"];
    const back = Papa.parse<string[]>(toCsvText([row]).trimEnd()).data[0].map(unescapeCsvCell);
    expect(back).toEqual(row);
  });
});

describe('every CSV of the app', () => {
  it('goes through the one writer: chart tables, evaluation exports and sweeps', () => {
    const evil = "=cmd|' /C calc'!A0";
    expect(toCsv({ columns: ['scenario', 'PCDD/F'], rows: [[evil, -1.5]] })).toBe(`scenario,PCDD/F\r\n"'${evil.replace(/"/g, '""')}",-1.5\r\n`);
    expect(
      evaluationCsv([
        ['household', 'profit'],
        ['@h1', -200],
      ]),
    ).toBe('household,profit\r\n"\'@h1",-200\r\n');
    // A sweep over one axis: the axis value is a number, a point that is not possible is empty.
    const text = sweepCsv([{ label: '+share', values: [0, 0.5] }], [{ label: 'PCDD/F', values: [1, NaN] }]);
    expect(text).toBe('"\'+share",PCDD/F\r\n0,1\r\n0.5,\r\n');
  });
});
