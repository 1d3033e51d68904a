// The goals of issue 17, each printed with its measured minimum and median over interleaved
// repetitions (bench.ts collects them and prints the table at the end). A goal is judged on the
// median; the minimum shows what the machine gives when nothing else runs.

export interface GoalRow {
  figure: string;
  unit: string;
  /** The measured values, one per repetition (already interleaved by the caller where two things are compared). */
  samples: number[];
  goal: string;
  /** Whether a value meets the goal. */
  meets: (value: number) => boolean;
  note?: string;
}

const rows: GoalRow[] = [];

export const minOf = (xs: number[]) => Math.min(...xs);
export const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function addGoal(row: GoalRow): void {
  rows.push(row);
}

/** A row that could not be measured on this machine (the reason is printed instead of figures). */
export function skipGoal(figure: string, goal: string, reason: string): void {
  rows.push({ figure, unit: '', samples: [], goal, meets: () => false, note: reason });
}

const fmt = (x: number) =>
  Math.abs(x) >= 100 ? x.toLocaleString('en-US', { maximumFractionDigits: 0 }) : x.toLocaleString('en-US', { maximumSignificantDigits: 3 });

/** The table of every goal, as Markdown (README's Performance section copies one run of it). */
export function printGoals(): void {
  console.log('');
  console.log('Goals (issue 17): minimum and median over the repetitions; "met" is judged on the median');
  console.log('');
  console.log('| figure | n | minimum | median | goal | met |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    if (r.samples.length === 0) {
      console.log(`| ${r.figure} | 0 | – | – | ${r.goal} | not measured: ${r.note} |`);
      continue;
    }
    const min = minOf(r.samples);
    const med = medianOf(r.samples);
    const u = r.unit ? ` ${r.unit}` : '';
    console.log(
      `| ${r.figure} | ${r.samples.length} | ${fmt(min)}${u} | ${fmt(med)}${u} | ${r.goal} | ${r.meets(med) ? 'met' : '**NOT met**'}${r.note ? ` (${r.note})` : ''} |`,
    );
  }
}
