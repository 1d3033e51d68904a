import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { numberWords } from './annex-words.ts';
import { sourceCell, sourcedTable, sourcedTableStyles } from './sourced-table.ts';
import { localized, msg } from '@lit/localize';
import type { AnnexFactor } from '../shared/contract/api-types.ts';
import type { ReleaseMethod } from '../app/release-method.ts';
import { evaluationStyles } from './evaluation-styles.ts';
import { statusWord } from './evaluation-words.ts';
import { figureLabel } from '../app/figures.ts';
import { methodName } from '../common/plc-method-switch.ts';

/**
 * The method annex's part on the two ways of counting dioxin releases (MODEL.md 3.1a), in plain
 * words with their sources, the method this report uses, HCl, what is not quantified, and the
 * chlorine parameters of the library with their status.
 */
@localized()
@customElement('plc-report-methods')
export class PlcReportMethods extends LitElement {
  static override styles = [
    evaluationStyles,
    sourcedTableStyles,
    css`
      :host {
        display: block;
      }
      p,
      li {
        font-size: var(--sl-font-size-small);
        line-height: 1.45;
      }
      ul {
        padding-left: 1.2rem;
      }
      @media print {
        p,
        li {
          font-size: 9pt;
        }
      }
    `,
  ];

  @property() method: ReleaseMethod = 'toolkit';
  @property({ attribute: false }) parameters: AnnexFactor[] = [];

  /** The two methods, HCl and what is not quantified: a name and what it means, in words. */
  private ways(): [string, string][] {
    return [
      [
        methodName('toolkit'),
        msg(
          "Each tonne of plastic burned releases the amount of dioxins and furans (PCDD/F) that the Stockholm Convention Toolkit (UNEP, 2013 edition) gives for its kind of burning, whatever is in the fire: open burning of waste (class 6b), fires at dumps, household furnaces. National inventories are made this way, so the figures can be set beside Viet Nam's inventory. It cannot show any dioxin benefit from keeping PVC out of the fire.",
        ),
      ],
      [
        methodName('chlorineAdjusted'),
        msg(
          'The same Toolkit factors for open burning, dump fires and plastic burned as fuel, multiplied when the chlorine content of what burns is above a threshold (1 % by mass): by the chlorine content divided by the threshold, raised to an exponent (1), and never by more than a cap (100). PVC is 56.7 % chlorine, so chlorine comes mostly from PVC. The threshold follows Lemieux et al. 2003 (Journal of the Air & Waste Management Association 53:523), who found no significant effect of the chlorine in household waste burned in barrels except at high chlorine levels. The rise and the cap follow Gullett et al. 2001 (Chemosphere 43:721): barrel burns at four PVC levels released from under 10 to over 6,000 ng TEQ per kg, and total chlorine alone could stand for the effect of PVC. Threshold, exponent and cap are estimates (status E); the Uncertainty view samples them.',
        ),
      ],
      [
        figureLabel('air.hclKg'),
        msg(
          'Counted the same way under both methods: the chlorine in what burns leaves as HCl — all of it from open burning, dump fires and furnaces, half of it when plastic is melted for bricks, none in a cement kiln, whose alkaline raw meal captures it. HCl is the sharp, acid smell of burning PVC.',
        ),
      ],
      [
        msg('Not quantified'),
        msg(
          'No measurement of dioxins (PCDD/F, dioxin-like PCB) from melting plastic with sand for bricks was found: this source is listed by name wherever a total or a percentage includes it, and never counted as 0. The same holds for every factor marked ND below and in the library.',
        ),
      ],
    ];
  }

  override render() {
    return html` <p data-testid="report-method-used">
        <strong
          >${
            this.method === 'toolkit'
              ? msg('This report counts releases with the Toolkit inventory convention.')
              : msg('This report counts releases with the chlorine-adjusted method.')
          }</strong
        >
        ${msg('Every run gives both; the comparison tables show the other method beside it.')}
      </p>
      <ul data-testid="report-methods">
        ${this.ways().map(([name, words]) => html`<li><strong>${name}.</strong> ${words}</li>`)}
      </ul>
      ${
        this.parameters.length > 0
          ? sourcedTable(
              'annex-release-parameters',
              msg('Parameter'),
              msg('Source and default distribution'),
              this.parameters.map(
                (f) =>
                  html`<tr data-pointer=${f.pointer}>
                    <td class="text">${numberWords(f.pointer)}</td>
                    <td>${f.value}</td>
                    <td><strong>${f.status ?? '?'}</strong> ${statusWord(f.status ?? undefined)}</td>
                    ${sourceCell(f)}
                  </tr>`,
              ),
            )
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plc-report-methods': PlcReportMethods;
  }
}
