// The golden result files (fixtures/golden/, written by test/golden/make-golden.ts) are what the
// core gives today, bit for bit. Browser and end-to-end tests read their expected figures from
// them; this test keeps them honest. A deliberate change of the model or the fixtures means
// regenerating them and reviewing the diff.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenDocuments, GOLDEN_DIR } from '../golden/make-golden.ts';

describe('golden result files (fixtures/golden)', () => {
  it('are the documents the command line gives today, bit for bit', async () => {
    const docs = await goldenDocuments();
    const onDisk = readdirSync(GOLDEN_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual(Object.keys(docs).sort());
    for (const [name, doc] of Object.entries(docs)) {
      const file = JSON.parse(readFileSync(path.join(GOLDEN_DIR, name), 'utf8'));
      expect(file, `${name}: run \`npx tsx test/golden/make-golden.ts\` after a deliberate change and review the diff`).toEqual(doc);
    }
  }, 60_000);

  it('hold both villages before and after', () => {
    const names = readdirSync(GOLDEN_DIR);
    for (const v of ['minh-khai', 'phan-boi']) {
      expect(names).toContain(`${v}-before.result.json`);
      expect(names).toContain(`${v}-after.result.json`);
    }
  });
});

describe('the core keeps its views of the parameter and result blocks (web/shared/model/core.ts)', () => {
  it('gives the golden result again after its memory has grown (a grown memory replaces the buffer the views were on)', async () => {
    const { loadCoreNode, loadEfLibrary } = await import('../../web/cli/load-core-node.ts');
    const { runScenario } = await import('../../web/shared/model/simulate.ts');
    const { validateScenario } = await import('../../web/shared/model/scenario-schema.ts');
    const checked = validateScenario(JSON.parse(readFileSync('fixtures/scenarios/minh-khai-before.json', 'utf8')));
    if (!checked.ok) throw new Error('the Minh Khai fixture is invalid');
    const golden = JSON.parse(readFileSync(path.join(GOLDEN_DIR, 'minh-khai-before.result.json'), 'utf8'));
    const core = await loadCoreNode();
    const library = loadEfLibrary();
    expect(JSON.parse(JSON.stringify(runScenario(core, checked.scenario, library)))).toEqual(golden);
    const before = core.exports.memory.buffer;
    core.exports.memory.grow(1);
    expect(core.exports.memory.buffer).not.toBe(before);
    expect(JSON.parse(JSON.stringify(runScenario(core, checked.scenario, library)))).toEqual(golden);
  });
});
