// The figure catalogue as pages read it: labels and units in the page's language, values at the
// catalogue's precision. Every card, table, chart, CSV header, the report and the training
// screens take a figure's words from here (web/shared/model/figure-catalogue.ts holds the
// language-free half). Rendered labels and units carry `data-figure-label` and `data-unit`, so
// a browser test can tell words from the catalogue from words written anywhere else.
import { html, type TemplateResult } from 'lit';
import { FIGURES, figureNumberFormat, type FigureKey } from '../shared/model/figure-catalogue.ts';
import type { UnitId } from '../shared/model/figure-units.ts';
import { formatCompactMoney, formatNumber } from './format.ts';
import { inSentenceText, labelText, shortText } from './figure-labels.ts';
import { afterAmountText, unitText } from './unit-words.ts';

export type { FigureKey } from '../shared/model/figure-catalogue.ts';
export { FIGURES, inFigureOrder } from '../shared/model/figure-catalogue.ts';

/** `label` (default), `short` for tight places, `inSentence` for a noun inside a sentence. */
export type LabelForm = 'label' | 'short' | 'inSentence';

export function figureLabel(key: FigureKey, form: LabelForm = 'label'): string {
  if (form === 'short') return shortText(key) ?? labelText(key);
  if (form === 'inSentence') return inSentenceText(key) ?? labelText(key);
  return labelText(key);
}

/** The unit in full ("µg TEQ/yr", "VND/yr"): headings, axes, CSV headers. */
export function figureUnit(key: FigureKey, currency = ''): string {
  return unitText(FIGURES[key].unit, currency);
}

/** The unit after a formatted value: in full, but for money only what follows the amount
 *  ("₫1,234,567 per year"), its currency being in the amount already, and nothing after a share
 *  (written with its percent sign). */
export function unitAfterValue(key: FigureKey, currency = ''): string {
  const { unit, kind } = FIGURES[key];
  if (kind === 'share') return '';
  return kind === 'money' ? (afterAmountText(unit) ?? unitText(unit, currency)) : unitText(unit, currency);
}

/** A unit of the catalogue by itself (the "t" after a node's tonnes on a diagram). */
export function unitWord(unit: UnitId, currency = ''): string {
  return unitText(unit, currency);
}

/** "PCDD/F to air (µg TEQ/yr)". */
export function figureHeading(key: FigureKey, currency = '', form: LabelForm = 'label'): string {
  const unit = figureUnit(key, currency);
  return unit ? `${figureLabel(key, form)} (${unit})` : figureLabel(key, form);
}

export interface FigureFormat {
  /** "+12.3" and "−4.5" (a change). */
  signed?: boolean;
  /** Money in a few characters ("499 triệu ₫"), for labels on bars. */
  compact?: boolean;
}

/**
 * A value of the figure in the page's language at the catalogue's precision; money with the
 * currency's sign when a currency is given. "–" for a value that is not a number.
 */
export function formatFigure(key: FigureKey, value: number, currency = '', options: FigureFormat = {}): string {
  if (!Number.isFinite(value)) return '–';
  const f = FIGURES[key];
  if (options.signed && value !== 0) {
    const text = formatFigure(key, Math.abs(value), currency, { compact: options.compact });
    return value > 0 ? `+${text}` : `−${text}`;
  }
  if (options.compact && f.kind === 'money' && currency) return formatCompactMoney(value, currency);
  return formatNumber(value, figureNumberFormat(key, value, currency || undefined));
}

/** The label, marked as the catalogue's (the browser test reads the mark). */
export function labelTag(key: FigureKey, form: LabelForm = 'label'): TemplateResult {
  return html`<span data-figure-label=${key} data-form=${form}>${figureLabel(key, form)}</span>`;
}

/** A unit, marked as the catalogue's; `afterValue` gives money's words after an amount. */
export function unitTag(key: FigureKey, currency = '', afterValue = false): TemplateResult {
  const unit: UnitId = FIGURES[key].unit;
  return html`<span data-unit=${unit} data-after-value=${afterValue ? 'yes' : 'no'}
    >${afterValue ? unitAfterValue(key, currency) : figureUnit(key, currency)}</span
  >`;
}
