// The first view's byte budget (issue 17): what the page and its worker fetch when #/workbench
// opens in Vietnamese, gzipped, until the network is idle (test/bench/first-view-bench.mjs, which
// `npm run bench` also prints), must stay within 150 KB. Bytes, not time: the same build gives the
// same figure on any machine, so this check guards the goal the bench reports as met.
import { runFirstViewBench } from '../bench/first-view-bench.mjs';
import { assert, createSuite } from './helpers.mjs';

const BUDGET_KB = 150;
const suite = createSuite();
await suite.check(`the first view (#/workbench, Vietnamese) fetches at most ${BUDGET_KB} KB gzipped`, async () => {
  const { firstViewKb, files } = await runFirstViewBench();
  assert(files.length > 5, `only ${files.length} files were seen: the page did not start`);
  assert(firstViewKb <= BUDGET_KB, `${firstViewKb.toFixed(1)} KB gzipped, over the budget of ${BUDGET_KB} KB`);
});
const { passed, failed } = suite.summary();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
