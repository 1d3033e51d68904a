import { css } from 'lit';
import { panelHeading, shrinkingBlock } from '../common/base-styles.ts';

/** Tables, panels and the "—" of missing values, shared by the Evaluation view's elements and its report. */
export const evaluationStyles = [
  shrinkingBlock,
  panelHeading,
  css`
    .note {
      margin: 0 0 var(--sl-spacing-x-small);
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
      font-size: var(--sl-font-size-small);
    }
    caption {
      text-align: left;
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
      padding-bottom: var(--sl-spacing-2x-small);
    }
    th,
    td {
      padding: var(--sl-spacing-3x-small) var(--sl-spacing-x-small);
      border-bottom: 1px solid var(--sl-color-neutral-200);
      vertical-align: top;
    }
    thead th {
      text-align: right;
      font-weight: var(--sl-font-weight-semibold);
      vertical-align: bottom;
    }
    thead th:first-child {
      text-align: left;
    }
    td {
      text-align: right;
      white-space: nowrap;
    }
    th[scope='row'] {
      text-align: left;
      font-weight: normal;
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
