import { css, unsafeCSS, type CSSResult } from 'lit';

// Small style sheets many elements share, each one concept. An element lists the ones it uses
// in its `styles`, before its own rules (issue 15: one place for each thing).

/** The declarations that take a box out of sight but leave it to screen readers; for a rule of
 *  an element's own (e.g. one that hides a label only on a narrow screen). */
export const hiddenBox = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

/** Text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    ${hiddenBox}
  }
`;

/** A block element that may shrink inside a grid or flex cell. */
export const shrinkingBlock = css`
  :host {
    display: block;
    min-width: 0;
  }
`;

/** A panel's heading. */
export const panelHeading = css`
  h3 {
    font-size: var(--sl-font-size-large);
    margin: 0 0 var(--sl-spacing-x-small);
  }
`;

/** Numbers right-aligned under right-aligned headers; the row headers on the left. */
export const numberCells = css`
  thead th {
    text-align: right;
    vertical-align: bottom;
    font-weight: var(--sl-font-weight-semibold);
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
`;

/**
 * A grid of columns at least `min` wide, as many as the width holds (declarations, to put inside a
 * rule). Below `min` a column takes the whole width, so nothing spills out at 360 px. `auto-fit`
 * stretches few items over the row; `auto-fill` keeps empty tracks, so items keep their width.
 */
export function autoGrid(min: string, repeat: 'auto-fit' | 'auto-fill' = 'auto-fit'): CSSResult {
  return unsafeCSS(`display: grid; grid-template-columns: repeat(${repeat}, minmax(min(100%, ${min}), 1fr));`);
}

/** The box of a card (declarations, to put inside a rule): white, bordered, rounded, padded, and free to shrink. */
export const cardBox = css`
  background: var(--sl-color-neutral-0);
  border: 1px solid var(--sl-color-neutral-200);
  border-radius: var(--sl-border-radius-large);
  padding: var(--sl-spacing-small) var(--sl-spacing-medium);
  min-width: 0;
`;

/** A figure card: its label, its value (large, never spilling out) and its unit. */
export const figureCard = css`
  .figure {
    ${cardBox}
  }
  dt {
    font-size: var(--sl-font-size-small);
    color: var(--sl-color-neutral-700);
  }
  dd {
    margin: var(--sl-spacing-2x-small) 0 0;
  }
  .value {
    font-size: var(--sl-font-size-x-large);
    font-weight: var(--sl-font-weight-semibold);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
`;

/** A stack of app notices (alerts) with their action buttons. */
export const noticeStack = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  sl-alert + sl-alert {
    margin-top: var(--sl-spacing-small);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-x-small);
    margin-top: var(--sl-spacing-x-small);
  }
`;

/** A small grey note under a heading or a chart. */
export const smallNote = css`
  .note {
    margin: 0 0 var(--sl-spacing-x-small);
    font-size: var(--sl-font-size-small);
    color: var(--sl-color-neutral-700);
  }
`;

/** A table caption that reads as a small grey line above the table. */
export const tableCaption = css`
  caption {
    text-align: left;
    font-size: var(--sl-font-size-small);
    color: var(--sl-color-neutral-700);
    padding-bottom: var(--sl-spacing-2x-small);
    /* A table wider than its scrolling box keeps its caption readable: held at the left edge and no
       wider than a phone's screen less the panel's margins, rather than running off to the right. */
    position: sticky;
    left: 0;
    max-width: calc(100vw - 4.5rem);
  }
`;

/** The compact tables of the evaluation and the Monte Carlo figures. */
export const compactTable = css`
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    font-size: var(--sl-font-size-small);
  }
  th,
  td {
    padding: var(--sl-spacing-3x-small) var(--sl-spacing-x-small);
    border-bottom: 1px solid var(--sl-color-neutral-200);
  }
`;

/** A full-width table of words and fields in small type, its cells aligned left (the unit
 *  editor's removals; fits the run history and the village's groups too). */
export const wordTable = css`
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--sl-font-size-small);
  }
  th,
  td {
    text-align: left;
  }
`;

/** A spinner and a sentence on one line, while a run goes on. */
export const runningLine = css`
  .running {
    display: flex;
    align-items: center;
    gap: var(--sl-spacing-x-small);
    font-size: var(--sl-font-size-small);
  }
`;

/**
 * A visible cue on a table that scrolls sideways: a shadow on the side where more columns are
 * hidden, gone once scrolled to that end (backgrounds attached to the content cover the shadows at
 * the ends). Cells must not paint an opaque background of their own.
 */
export const scrollCue = css`
  .table-wrap {
    overflow-x: auto;
    background:
      linear-gradient(to right, #fff 30%, rgb(255 255 255 / 0)) left center / 2.5rem 100% no-repeat local,
      linear-gradient(to left, #fff 30%, rgb(255 255 255 / 0)) right center / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.28), transparent) left center / 1rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.28), transparent) right center / 1rem 100% no-repeat scroll;
  }
`;
