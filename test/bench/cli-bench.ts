// The command line's start-up and the Monte Carlo's memory (issue 17), measured on the built
// command line (build/cli/simulate.cjs, from `npm run build`):
//   - `npm run simulate` on one scenario against a bare `npm run` (npm's own start-up: it lists the
//     scripts), interleaved (simulate, bare, simulate, bare…), the ratio of each pair;
//   - the peak resident memory of `--mc 1000000` (GNU time's maximum resident set size).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { addGoal, medianOf, skipGoal } from './goals.ts';

const SCENARIO = 'fixtures/scenarios/minh-khai-before.json';

function wallMs(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t0;
}

export function runCliBench(): void {
  if (!existsSync('build/cli/simulate.cjs')) throw new Error('build/cli/simulate.cjs is missing: run `npm run build` first');
  const sim: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  wallMs('npm', ['run', '--silent', 'simulate', '--', SCENARIO]); // warm the file cache
  for (let k = 0; k < 7; k++) {
    const s = wallMs('npm', ['run', '--silent', 'simulate', '--', SCENARIO]);
    const b = wallMs('npm', ['run', '--silent']);
    sim.push(s);
    bare.push(b);
    ratios.push(s / b);
  }
  console.log(
    `Command line: \`npm run simulate\` on one scenario, median ${medianOf(sim).toFixed(0)} ms; a bare \`npm run\` ${medianOf(bare).toFixed(0)} ms (7 pairs, interleaved)`,
  );
  addGoal({ figure: '`npm run simulate` on one scenario ÷ a bare `npm run`, wall', unit: '×', samples: ratios, goal: '≤ 1.5×', meets: (v) => v <= 1.5 });

  const time = '/usr/bin/time';
  if (!existsSync(time)) {
    skipGoal('Monte Carlo peak memory at 10⁶ draws (CLI)', '≤ 120 MB', 'GNU time (/usr/bin/time) is missing');
    return;
  }
  const peaks: number[] = [];
  const secs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const r = spawnSync(time, ['-f', 'PLC_MAXRSS_KB=%M', 'node', 'build/cli/simulate.cjs', SCENARIO, '--mc', '1000000', '--seed', '1'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    secs.push((performance.now() - t0) / 1000);
    const kb = /PLC_MAXRSS_KB=(\d+)/.exec(r.stderr);
    if (r.status !== 0 || !kb) throw new Error(`--mc 1000000 failed: ${r.stderr}`);
    peaks.push(Number(kb[1]) / 1024);
  }
  console.log(
    `Monte Carlo, 10⁶ draws on the command line: peak ${peaks.map((p) => p.toFixed(0)).join(', ')} MB, ${secs.map((s) => s.toFixed(1)).join(', ')} s`,
  );
  addGoal({ figure: 'Monte Carlo peak memory at 10⁶ draws (CLI)', unit: 'MB', samples: peaks, goal: '≤ 120 MB', meets: (v) => v <= 120 });
}
