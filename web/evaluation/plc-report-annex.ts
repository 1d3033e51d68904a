import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AnnexAssumption, EvaluationAnnex, SurveyIndicatorsResult } from '../shared/contract/api-types.ts';
import { evaluationStyles, reportSubheading } from './evaluation-styles.ts';
import { indicatorLabelTag, indicatorUnitTag, INDICATORS, statusWord } from './evaluation-words.ts';
import type { ReleaseMethod } from '../app/release-method.ts';
import { boundOf } from '../shared/model/bounds.ts';
import './plc-report-methods.ts';
import { annexNote, citationWords, constantWords, formulaWords, numberWords } from './annex-words.ts';
import { noteHtml, sourceCell, sourcedTable, sourcedTableStyles } from './sourced-table.ts';
import type { ReportData } from './evaluation-model.ts';
import { messageLang, pickText } from '../app/locale.ts';
import { formatNumber } from '../app/format.ts';
import { unitWord } from '../shared/model/schema-messages.ts';
import { isMeasureNote, measureName, measureNoteWords, measureSource } from '../common/measure-words.ts';
import { fuelLabel, pointerLabel, treatmentLabel } from '../common/fields/editor-fields.ts';

/** A value of an assumption as the page writes it: numbers in the page's format ("0,85", "42.500" in Vietnamese), the wash-water treatment by its name. */
const value = (pointer: string, v: unknown) =>
  typeof v === 'number'
    ? formatNumber(v, { maximumSignificantDigits: 6 })
    : pointer === TREATMENT
      ? treatmentLabel(String(v))
      : typeof v === 'object' && v !== null
        ? JSON.stringify(v)
        : String(v);

/**
 * The report's method annex: how each indicator is computed, every value of the emission-factor
 * library and every constant with its source and status, and the assumptions of the modelled
 * scenarios (the "after" scenarios list only what their measures add or change).
 */
@localized()
@customElement('plc-report-annex')
export class PlcReportAnnex extends LitElement {
  static override styles = [
    evaluationStyles,
    sourcedTableStyles,
    reportSubheading,
    css`
      col.indicator {
        width: 30%;
      }
      @media print {
        p {
          font-size: 9pt;
        }
        h3 {
          font-size: 11pt;
        }
        h4 {
          font-size: 10pt;
        }
      }
      th.text {
        white-space: normal;
        overflow-wrap: anywhere;
      }
      h3 {
        margin-top: var(--sl-spacing-large);
        break-after: avoid;
      }
      .status {
        font-weight: 600;
      }
      .pointer {
        font-family: var(--sl-font-mono);
        font-size: 0.95em;
        overflow-wrap: anywhere;
      }
      .field {
        display: block;
        font-family: inherit;
      }
      p {
        font-size: var(--sl-font-size-small);
      }
      /* On a phone a share of the width leaves a number too narrow a column for its digits
         ("50 / 0"): the value and status columns get room for a number and a word. */
      @media (max-width: 40rem) {
        col.value {
          width: 4rem;
        }
        col.status {
          width: 3.5rem;
        }
        col.pointer {
          width: 28%;
        }
        td,
        td.text {
          overflow-wrap: break-word;
        }
      }
    `,
  ];

  @property({ attribute: false }) annex: EvaluationAnnex | null = null;
  /** The report's comparisons and catalogue: the annex lists each village before, then after, in
   *  the order of the comparisons (names of villages, baselines, units and measures in words). */
  @property({ attribute: false }) report: Pick<ReportData, 'comparisons' | 'catalogue'> | null = null;
  @property({ attribute: false }) indicators: SurveyIndicatorsResult | null = null;
  @property() method: ReleaseMethod = 'toolkit';

  private formulas() {
    if (!this.indicators) return nothing;
    return html`<table data-testid="annex-formulas">
      <colgroup>
        <col class="indicator" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">${msg('Indicator')}</th>
          <th scope="col" class="text">${msg('Formula')}</th>
        </tr>
      </thead>
      <tbody>
        ${INDICATORS.map(
          (k) =>
            html`<tr>
              <th scope="row" class="text">${indicatorLabelTag(k)} (${indicatorUnitTag(k)})</th>
              <td class="text">${formulaWords(k)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** A value's note: a measure's in words, by the measure's name (measureNoteWords), any other as a source note. */
  private noteOf(note: string) {
    const find = (id: string) => this.report?.catalogue.find((c) => c.id === id);
    return isMeasureNote(note) ? measureNoteWords(note, find, (text) => annexNote(text).text) : noteHtml(note);
  }

  private assumptions(rows: AnnexAssumption[], scenario: unknown) {
    return sourcedTable(
      'annex-assumptions',
      msg('Parameter'),
      msg('Source'),
      rows.map(
        (a) =>
          html`<tr>
            <td class="text" data-pointer=${a.pointer}>${fieldWords(a.pointer, scenario)}</td>
            <td>${FUEL.test(a.pointer) ? fuelLabel(String(a.value)) : value(a.pointer, a.value)}</td>
            <td><span class="status">${a.status ?? '?'}</span> ${statusWord(a.status)}</td>
            <td class="text">${noteHtml(a.source)}${a.note ? html` <em>(${this.noteOf(a.note)})</em>` : nothing}</td>
          </tr>`,
      ),
    );
  }

  override render() {
    const a = this.annex;
    if (!a) return html`<p class="note">${msg('Loading the method annex…')}</p>`;
    return html`
      <p data-testid="annex-quoted">
        ${
          messageLang() === 'vi'
            ? msg(
                'Source notes are given in Vietnamese: authors, titles of publications and numbers as the sources write them. A note with no translation, such as one written by a user, is quoted as written. The project’s own files are cited in words.',
              )
            : msg('Source notes are quoted in English, as the sources are written; the project’s own files are cited in words.')
        }
      </p>
      <p>
        ${msg('Status of every number: R read in the named source; M recalled from the named source and not yet checked against it (unverified); D derived by arithmetic from R/M numbers; E engineering estimate with no source.')}
      </p>
      <h3>${msg('Indicator formulas')}</h3>
      <p>
        ${msg('Indicators are computed from the measured quantities of each household and period; an indicator whose inputs are missing is missing, never 0. The group change is the mean of the paired changes after − before, with a 95 % percentile bootstrap interval over households.')}
      </p>
      ${this.formulas()}
      <h3>${msg('Conversion constants')}</h3>
      ${sourcedTable(
        'annex-constants',
        msg('Constant'),
        msg('Source'),
        a.constants.map((c) => {
          const words = constantWords(c.name);
          return html`<tr data-constant=${c.name}>
            <td class="text">${words?.name ?? c.name}</td>
            <td>${c.value} ${c.unit}</td>
            <td><span class="status">${c.status}</span> ${statusWord(c.status)}</td>
            <td class="text">${words?.source ?? citationWords(c.source)}</td>
          </tr>`;
        }),
      )}
      <h3>${msg('Two ways of counting dioxin releases')}</h3>
      <plc-report-methods method=${this.method} .parameters=${a.releaseParameters ?? []}></plc-report-methods>
      <h3>${msg(str`Emission factors: library "${a.library.name}" (${a.library.id}, version ${a.library.version})`)}</h3>
      <p>
        ${msg(str`All ${a.factors.length} values of the library. "ND": released but not quantified (counted as 0 and listed as such). HCB and PeCB from open burning have no Toolkit factor and are never counted as 0.`)}
      </p>
      ${sourcedTable(
        'annex-factors',
        msg('Factor'),
        msg('Source and default distribution'),
        a.factors.map(
          (f) =>
            html`<tr data-pointer=${f.pointer}>
              <td class="text">${numberWords(f.pointer, true)}</td>
              <td>${f.value} <span class="unit">${f.unit}</span></td>
              <td><span class="status">${f.status ?? '?'}</span> ${statusWord(f.status)}</td>
              ${sourceCell(f)}
            </tr>`,
        ),
      )}
      ${a.scenarios.map((s, i) => {
        const isAfter = s.measures.length > 0;
        const base = isAfter ? a.scenarios[i - 1] : null;
        const baseMap = new Map((base?.assumptions ?? []).map((x) => [x.pointer, x]));
        const rows = isAfter ? s.assumptions.filter((x) => JSON.stringify(baseMap.get(x.pointer)) !== JSON.stringify(x)) : s.assumptions;
        const comparison = this.report?.comparisons[Math.floor(i / 2)];
        const village = comparison ? pickText(comparison.pair.name) : s.label;
        const name = comparison ? pickText(comparison.baseline.name) : s.name;
        const worded = (m: { id: string; name: string; source: string }) => this.report?.catalogue.find((c) => c.id === m.id) ?? m;
        // A source in the reader's language where the catalogue gives one, else quoted in English.
        const sourceOf = (m: { id: string; name: string; source: string }) => {
          const text = measureSource(worded(m));
          return text === m.source ? noteHtml(text) : text;
        };
        return html`<h4>
            ${
              isAfter
                ? msg(str`Assumptions of the modelled scenario: ${village}, after the measures (applied to "${name}")`)
                : msg(str`Assumptions of the modelled scenario: ${village}, before ("${name}")`)
            }
          </h4>
          ${
            isAfter
              ? html`<p>
                  ${msg(str`The ${s.measures.length} measures applied, and the ${rows.length} values they add or change (the others are as before):`)}
                  ${s.measures.map((m) => html`<br />• ${measureName(worded(m))} (${m.kind}; ${m.status} ${statusWord(m.status)}): ${sourceOf(m)}`)}
                </p>`
              : nothing
          }
          ${this.assumptions(rows, comparison?.baseline)}`;
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-report-annex': PlcReportAnnex;
  }
}

/** A unit's fuel: a word, not a number. */
const FUEL = /^\/units\/\d+\/heat\/fuel$/;
const TREATMENT = '/wastewater/treatment';

/** The field an assumption is about, in words and with its unit, from the table of numbers
 *  (web/shared/model/field-table.ts), or named as the Workbench names it (a unit's fuel by the
 *  unit's name); the pointer only for a field neither knows. */
function fieldWords(pointer: string, scenario: unknown) {
  const match = boundOf(pointer);
  if (pointer === TREATMENT) return html`<span class="field">${msg('Treatment of the wash water')}</span>`;
  if (!match) {
    const label = pointerLabel(pointer, scenario);
    return label === pointer ? html`<span class="pointer">${pointer}</span>` : html`<span class="field">${label}</span>`;
  }
  const unit = match.bound.unit;
  return html`<span class="field">${numberWords(pointer)}${unit ? ` (${unitWord(unit, messageLang())})` : ''}</span>`;
}
