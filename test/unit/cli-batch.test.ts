// `npm run simulate -- --batch a.json b.json …` (issue 17): many scenario files in one process, one
// line of JSON per file in the order given; each result is the golden document of its file; a file
// that cannot be read or is invalid gets its errors on its line and does not stop the others.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const CLI = join('web', 'cli', 'simulate.ts');
const golden = (name: string) => JSON.parse(readFileSync(`fixtures/golden/${name}.result.json`, 'utf8')) as unknown;

describe('npm run simulate -- --batch', () => {
  it('prints one JSON line per file, results as the golden files have them, errors on their own lines', () => {
    const r = spawnSync(
      TSX,
      [
        CLI,
        '--batch',
        'fixtures/scenarios/minh-khai-before.json',
        'fixtures/no-such-file.json',
        'fixtures/measures.json',
        'fixtures/scenarios/phan-boi-before.json',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([
      'fixtures/scenarios/minh-khai-before.json',
      'fixtures/no-such-file.json',
      'fixtures/measures.json',
      'fixtures/scenarios/phan-boi-before.json',
    ]);
    expect(lines[0].result).toEqual(golden('minh-khai-before'));
    expect(lines[3].result).toEqual(golden('phan-boi-before'));
    expect(lines[1]).toMatchObject({ exitCode: 1 });
    expect((lines[1].errors as string[])[0]).toContain('no-such-file.json');
    expect(lines[2]).toMatchObject({ exitCode: 2 });
    expect((lines[2].errors as string[]).every((e) => e.startsWith('fixtures/measures.json: '))).toBe(true);
    expect(r.status).toBe(2); // the highest of the files'
  });

  it('refuses options that do nothing in batch mode, and no files', () => {
    const withMc = spawnSync(TSX, [CLI, '--batch', 'fixtures/scenarios/minh-khai-before.json', '--mc', '100'], { encoding: 'utf8' });
    expect(withMc.status).toBe(1);
    expect(withMc.stderr).toContain('--mc does nothing with --batch');
    const none = spawnSync(TSX, [CLI, '--batch'], { encoding: 'utf8' });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('at least one scenario file');
  });
});
