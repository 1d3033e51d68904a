import { css, html } from 'lit';
import { scrollCue } from '../base-styles.ts';
import { panelHeading, shrinkingBlock } from '../base-styles.ts';
import { smallNote, tableCaption } from '../base-styles.ts';

/** The heading, "Show the numbers" disclosure and table shared by the chart elements (as in plc-pcddf-chart). */
export const chartPanelStyles = [
  shrinkingBlock,
  panelHeading,
  scrollCue,
  smallNote,
  tableCaption,
  css`
    details {
      margin-top: var(--sl-spacing-small);
    }
    summary {
      cursor: pointer;
      color: var(--sl-color-primary-700);
    }
    .table-wrap {
      overflow-x: auto;
      max-height: 24rem;
      overflow-y: auto;
    }
    table {
      border-collapse: collapse;
      margin-top: var(--sl-spacing-x-small);
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      padding: var(--sl-spacing-3x-small) var(--sl-spacing-small);
      border-bottom: 1px solid var(--sl-color-neutral-200);
    }
    th[scope='col'] {
      position: sticky;
      top: 0;
      background: var(--sl-color-neutral-0);
      vertical-align: bottom;
      text-align: right;
    }
    th[scope='col']:first-child {
      text-align: left;
    }
    td {
      text-align: right;
    }
    th[scope='row'] {
      text-align: left;
      font-weight: normal;
    }
    .empty {
      color: var(--sl-color-neutral-700);
    }
  `,
];

/** A chart panel with nothing to draw: its heading and why, in the panel's empty note. */
export function emptyChartPanel(title: string, why: string) {
  return html`<h3>${title}</h3>
    <p class="empty">${why}</p>`;
}
