import { css } from 'lit';
import { scrollCue } from '../common/base-styles.ts';
import { panelHeading, shrinkingBlock } from '../common/base-styles.ts';
import { numberCells, smallNote, tableCaption } from '../common/base-styles.ts';
import { compactTable } from '../common/base-styles.ts';

/** Tables, panels and the "—" of missing values, shared by the Evaluation view's elements and its report. */
export const evaluationStyles = [
  shrinkingBlock,
  panelHeading,
  scrollCue,
  numberCells,
  smallNote,
  tableCaption,
  compactTable,
  css`
    .table-wrap {
      overflow-x: auto;
    }
    td {
      vertical-align: top;
    }
    .unit {
      font-weight: normal;
      color: var(--sl-color-neutral-700);
    }
    .missing {
      color: var(--sl-color-neutral-500);
    }
    .better {
      color: var(--sl-color-success-700);
    }
    .worse {
      color: var(--sl-color-danger-700);
    }
    button.figure {
      font: inherit;
      color: var(--sl-color-primary-700);
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
      text-decoration: underline dotted;
      text-underline-offset: 0.2em;
      font-variant-numeric: tabular-nums;
    }
    button.figure:focus-visible {
      outline: 2px solid var(--sl-color-primary-600);
      outline-offset: 2px;
    }
    @media print {
      /* Paper has no scroll bars: tables fit the page width, small type, rows never split. */
      .table-wrap {
        overflow: visible;
        max-height: none;
        border: 0;
      }
      table {
        font-size: 8pt;
        width: 100%;
      }
      th,
      td {
        padding: 1.5pt 3pt;
      }
      thead {
        display: table-header-group;
      }
      tr {
        break-inside: avoid;
      }
      caption {
        font-size: 8pt;
      }
      h3 {
        font-size: 11pt;
        break-after: avoid;
      }
    }
  `,
];

/** The report's sub-headings (a village, a scenario's assumptions): kept with what follows on paper. */
export const reportSubheading = css`
  h4 {
    margin: var(--sl-spacing-medium) 0 var(--sl-spacing-2x-small);
    break-after: avoid;
  }
`;

/** A table across the width of its panel or page; its text columns read from the left. */
export const wideTable = css`
  table {
    width: 100%;
  }
  td.text,
  th.text {
    text-align: left;
  }
`;
