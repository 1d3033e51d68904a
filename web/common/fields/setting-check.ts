// The run settings of Dynamics and Uncertainty (years, replications, draws, seed, buffers) are
// checked the way the Workbench checks a scenario's numbers: a message beside the field, no silent
// clamping, the typed text kept, and Run refused while a message stands.
import { css } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../app/format.ts';
import { intlLocale } from '../../app/locale.ts';

export interface SettingRule {
  min: number;
  max: number;
  /** Whole numbers only (years, replications, draws, seed). */
  integer?: boolean;
}

export type SettingCheck = { ok: true; value: number } | { ok: false; message: string };

/** Group separators by locale, worked out once each (a NumberFormat costs more than reading a number). */
const separators = new Map<string, string>();

/** The digit-group separator of the page's language: "," in English, "." in Vietnamese. */
export function groupSeparator(): string {
  const locale = intlLocale();
  let sep = separators.get(locale);
  if (sep === undefined) {
    sep = new Intl.NumberFormat(locale).formatToParts(12345).find((p) => p.type === 'group')?.value ?? ',';
    separators.set(locale, sep);
  }
  return sep;
}

/** Text as typed, without digit-group separators or spaces (so "10,000" and "10.000" in Vietnamese read as 10000). */
export function ungrouped(text: string): string {
  const sep = groupSeparator();
  const plain = text.replace(/[\s\u00a0\u202f]/g, '');
  if (sep === '.') return plain.replace(/\./g, '').replace(',', '.');
  return plain.split(sep).join('');
}

/**
 * A number as typed in the page's language, or NaN. Vietnamese writes "1.234.567,5" and English
 * "1,234,567.5"; a group separator counts only where it separates groups of three digits, so a
 * Vietnamese "0.3" (an English habit) still reads 0.3, never 3, while "1.500" reads 1500 as in
 * Vietnamese and "0,3" reads 0.3; in English "0,3" is no number. Spaces are ignored; "" reads NaN
 * (the caller decides what empty means).
 */
export function readNumber(text: string): number {
  const plain = text.replace(/[\s\u00a0\u202f]/g, '');
  const sep = groupSeparator();
  const decimal = sep === '.' ? ',' : '.';
  const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${sep}\\d{3})+(\\${decimal}\\d*)?$`);
  if (grouped.test(plain)) return Number(plain.split(sep).join('').replace(decimal, '.'));
  if (plain === '' || (plain.includes(',') && plain.includes('.'))) return NaN;
  // Vietnamese takes either mark as the decimal one; English only its own (a stray "," is no number).
  return Number(decimal === ',' ? plain.replace(',', '.') : plain);
}

/** A number for a box that is not grouped: six significant digits with the page's decimal mark ("0,3" in Vietnamese). */
export function plainNumber(v: number): string {
  const text = String(Number(v.toPrecision(6)));
  return groupSeparator() === '.' ? text.replace('.', ',') : text;
}

/** A whole number regrouped as the user types ("10000" → "10,000", "10.000" in Vietnamese); other text unchanged. */
export function groupDigits(text: string): string {
  return /^\d+$/.test(ungrouped(text)) ? regroup(text).text : text;
}

/** Characters that carry the number (digits, sign, decimal mark): what a caret is counted in. */
const carrying = (text: string, sep: string) => [...text].filter((c) => c !== sep && !/[\s\u00a0\u202f]/.test(c)).length;

/**
 * A number as the user types it, its whole part regrouped in the page's language ("1234567.5" →
 * "1,234,567.5"; "1234567,5" → "1.234.567,5" in Vietnamese), with the caret moved so that it stays
 * after the same digit. Text that is not a plain decimal number ("abc", "1e6") comes back as typed.
 */
export function regroup(text: string, caret = text.length): { text: string; caret: number } {
  const sep = groupSeparator();
  const match = /^(-?)(\d+)(\.\d*)?$/.exec(ungrouped(text));
  if (!match) return { text, caret };
  const [, sign, whole, fraction] = match;
  const decimal = sep === '.' ? ',' : '.';
  const grouped = sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + (fraction === undefined ? '' : decimal + fraction.slice(1));
  // The caret goes after as many digits (and sign, decimal mark) as stood before it.
  const before = carrying(text.slice(0, caret), sep);
  let at = 0;
  for (let seen = 0; at < grouped.length && seen < before; at++) if (grouped[at] !== sep) seen++;
  return { text: grouped, caret: at };
}

/** Reads one setting; the message says what is wrong in words, never a path. */
export function checkSetting(text: string, rule: SettingRule): SettingCheck {
  if (text.trim() === '') return { ok: false, message: msg('Enter a number.') };
  const value = readNumber(text);
  if (!Number.isFinite(value)) return { ok: false, message: msg(str`"${text.trim()}" is not a number.`) };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: msg('Must be a whole number.') };
  if (value < rule.min) return { ok: false, message: msg(str`Must be at least ${formatNumber(rule.min)}; got ${formatNumber(value)}.`) };
  if (value > rule.max) return { ok: false, message: msg(str`Must be at most ${formatNumber(rule.max)}; got ${formatNumber(value)}.`) };
  return { ok: true, value };
}

/** A Shoelace input whose help text is a message: in the danger colour, as the Workbench's fields. */
export const settingFieldStyles = css`
  sl-input[data-problem]::part(base) {
    border-color: var(--sl-color-danger-600);
    background: var(--sl-color-danger-50);
  }
  sl-input[data-problem]::part(form-control-help-text) {
    color: var(--sl-color-danger-700);
  }
  .refused {
    color: var(--sl-color-danger-700);
    font-size: var(--sl-font-size-small);
    margin: 0;
  }
`;
