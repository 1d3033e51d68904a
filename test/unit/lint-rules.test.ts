// The import-direction rules of .dependency-cruiser.cjs fire on wrong-way imports: this runs
// dependency-cruiser, as `npm run lint` does, on test/lint-fixtures/, a small tree of files that
// break each rule on purpose, and on the real web/ tree, which must break none.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const depcruise = path.join(root, 'node_modules/.bin/depcruise');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function violations(cwd: string, config: string): Violation[] {
  let out: string;
  try {
    out = execFileSync(depcruise, ['web', '--config', config, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // depcruise exits non-zero when it finds violations; its report is still on stdout
    out = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('import direction (dependency-cruiser)', () => {
  const fixtures = path.join(root, 'test/lint-fixtures');
  const found = violations(fixtures, path.join(root, '.dependency-cruiser.cjs'));
  const fired = (rule: string, from: string, to: string) => found.some((v) => v.rule.name === rule && v.from === from && v.to === to);

  it('refuses a view importing another view', () => {
    expect(fired('no-view-to-view', 'web/workbench/a.ts', 'web/compare/b.ts')).toBe(true);
  });
  it('refuses shared code importing page code', () => {
    expect(fired('shared-imports-nothing-above', 'web/shared/model/x.ts', 'web/app/y.ts')).toBe(true);
  });
  it('refuses page code importing worker code, even a type', () => {
    expect(fired('page-not-worker', 'web/app/y.ts', 'web/worker/w.ts')).toBe(true);
  });
  it('refuses common code importing a view, and the command line importing page code', () => {
    expect(fired('common-not-views', 'web/common/c.ts', 'web/compare/b.ts')).toBe(true);
    expect(fired('cli-only-shared', 'web/cli/e.ts', 'web/app/y.ts')).toBe(true);
  });
  it('refuses an import circle', () => {
    expect(found.some((v) => v.rule.name === 'no-circular' && v.from.startsWith('web/common/'))).toBe(true);
  });
  it('finds nothing wrong in the real tree', () => {
    expect(violations(root, '.dependency-cruiser.cjs').map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);
});
