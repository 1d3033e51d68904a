// The command line built to plain JavaScript (build/cli/, `npm run build`): it gives the golden
// result, and the app's own library is validated once per build: the build keeps the bytes it
// validated (build/cli/ef-library.checked.json) and a run trusts the library only when its bytes
// are those; a library that differs is validated again. Its entry point runs the bundle with V8's
// code cache, which a damaged cache never breaks. Skipped before `npm run build`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BUILT = 'build/cli/simulate.cjs';
const built = existsSync(BUILT);
const golden = (name: string) => JSON.parse(readFileSync(`fixtures/golden/${name}.result.json`, 'utf8')) as unknown;
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The built command line in a folder of its own, laid out as the repository (build/cli two folders below the root). */
function copyOfTheBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'plc-built-cli-'));
  temp.push(root);
  cpSync('build/cli', join(root, 'build/cli'), { recursive: true });
  cpSync('web/wasm', join(root, 'web/wasm'), { recursive: true });
  mkdirSync(join(root, 'fixtures/scenarios'), { recursive: true });
  cpSync('fixtures/scenarios/minh-khai-before.json', join(root, 'fixtures/scenarios/minh-khai-before.json'));
  cpSync('fixtures/emission-factors.json', join(root, 'fixtures/emission-factors.json'));
  return root;
}

describe.skipIf(!built)('the built command line (build/cli/)', () => {
  it('keeps the library bytes it validated and gives the golden result', () => {
    expect(readFileSync('build/cli/ef-library.checked.json', 'utf8')).toBe(readFileSync('fixtures/emission-factors.json', 'utf8'));
    const r = spawnSync('node', [BUILT, 'fixtures/scenarios/minh-khai-before.json'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(golden('minh-khai-before'));
  });

  it('runs with a damaged code cache and makes it again', () => {
    const root = copyOfTheBuild();
    writeFileSync(join(root, 'build/cli/bundle.cjs.cache'), 'not a code cache');
    const r = spawnSync('node', ['build/cli/simulate.cjs', 'fixtures/scenarios/minh-khai-before.json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(golden('minh-khai-before'));
    expect(readFileSync(join(root, 'build/cli/bundle.cjs.cache')).length).toBeGreaterThan(1000);
  });

  it('validates the app’s library again when its bytes are not those the build validated', () => {
    // the build's checked copy in place, but an invalid library at the default path
    const root = copyOfTheBuild();
    writeFileSync(join(root, 'fixtures/emission-factors.json'), '{}');
    const r = spawnSync('node', ['build/cli/simulate.cjs', 'fixtures/scenarios/minh-khai-before.json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('emission-factor library: format: is required but missing');
  });
  it('is started by `npm run simulate` without the extra CA certificates Node would read first (it opens no connection)', () => {
    // Node reads the file NODE_EXTRA_CA_CERTS names before any code runs (≈ 35 ms on these
    // machines, which set it for npm's registry); a file that does not exist makes it warn, which
    // shows whether it was read. The script of package.json, run as npm runs it (sh -c):
    const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.simulate;
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: join(tmpdir(), 'plc-no-such-ca.pem') };
    const r = spawnSync('sh', ['-c', `${script} fixtures/scenarios/minh-khai-before.json`], { env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(golden('minh-khai-before'));
    // the same Node started without the script's setting reads it (and warns): the check can fail
    const plain = spawnSync('node', ['-e', '0'], { env, encoding: 'utf8' });
    expect(plain.stderr).toContain('extra certs');
  });
});
