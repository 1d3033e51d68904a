// The parsed command line and its number options, shared by every mode's module (simulate.ts
// parses; dynamic.ts, mc.ts and village.ts read), so that no mode imports the entry point back.

import { CliError } from './files.ts';
import { terminalText } from './terminal.ts';

export interface CliArgs {
  files: string[];
  flags: Map<string, string | true>;
}

/** A flag's value as a number in [min, max] (a whole number if asked); CliError otherwise. */
export function numberFlag(
  args: CliArgs,
  name: string,
  fallback: number,
  range: { min: number; max: number; whole?: boolean } = { min: 0, max: Number.MAX_SAFE_INTEGER },
): number {
  const v = args.flags.get(name);
  if (v === undefined) return fallback;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  const words = `${range.whole ? 'a whole number' : 'a number'} from ${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')}`;
  if (!Number.isFinite(n) || n < range.min || n > range.max || (range.whole && !Number.isInteger(n))) {
    throw new CliError(`option ${name} needs ${words}, got "${terminalText(String(v)).slice(0, 40)}"`, 1);
  }
  return n;
}
