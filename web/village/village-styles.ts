import { css } from 'lit';
import { viewStyles } from '../common/view-styles.ts';

/** The Village view's layout beside what every view shares (its parts carry their own styles). */
export const villageViewStyles = [
  viewStyles,
  css`
    .panel {
      margin-bottom: var(--sl-spacing-medium);
    }
    h4 {
      margin: var(--sl-spacing-medium) 0 var(--sl-spacing-2x-small);
    }
    .picker,
    .mc {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-small) var(--sl-spacing-large);
      align-items: end;
      margin-bottom: var(--sl-spacing-medium);
    }
    label {
      display: flex;
      flex-direction: column;
      gap: var(--sl-spacing-2x-small);
      font-size: var(--sl-font-size-small);
      font-weight: var(--sl-font-weight-semibold);
      min-width: 0;
      max-width: 100%;
    }
    select,
    button,
    input[type='file'] {
      font: inherit;
      font-weight: normal;
      min-height: 2.25rem;
      max-width: 100%;
    }
    .figure {
      margin-bottom: var(--sl-spacing-small);
    }
    .facts {
      flex: 1 1 100%;
      margin: 0;
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
    }
    plc-run-progress {
      flex: 1 1 100%;
    }
    .problems {
      border: 1px solid var(--sl-color-danger-300);
      background: var(--sl-color-danger-50);
      border-radius: var(--sl-border-radius-medium);
      padding: var(--sl-spacing-small);
      margin-bottom: var(--sl-spacing-medium);
      overflow-wrap: anywhere;
    }
    .problems ul {
      margin: var(--sl-spacing-2x-small) 0 0;
      padding-left: 1.2rem;
    }
    .busy plc-village-totals {
      opacity: 0.8;
    }
    details summary {
      cursor: pointer;
      margin-top: var(--sl-spacing-small);
    }
  `,
];

/** A part of the village with a table: the table scrolls sideways in its region (`.scroll`) on a
 *  narrow screen, in small type; `.num` cells hold numbers, right-aligned and kept on one line. */
export const villageTableStyles = css`
  :host {
    display: block;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: var(--sl-font-size-small);
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
