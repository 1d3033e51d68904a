import { css } from 'lit';
import { visuallyHidden, wordTable } from '../common/base-styles.ts';
import { controlsRow, fieldGrid, fieldGroup, fieldLabel, fieldMessage, textBoxes } from '../common/fields/field-styles.ts';

/** Field grid, text inputs, selects, groups and messages shared by the line editor's elements and the Workbench's panels. */
export const editorStyles = [
  visuallyHidden,
  fieldGrid,
  fieldLabel,
  textBoxes,
  fieldMessage,
  fieldGroup,
  controlsRow,
  css`
    select:disabled {
      opacity: 0.5;
    }
    fieldset.group {
      margin-top: var(--sl-spacing-small);
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: var(--sl-spacing-2x-small);
      font-weight: var(--sl-font-weight-semibold);
    }
    h3 {
      font-size: var(--sl-font-size-medium);
      margin: var(--sl-spacing-small) 0 var(--sl-spacing-x-small);
    }
  `,
];

/** The editor's reference tables (accepted ranges, emission factors): small type, a grey line above, ruled rows. */
export const referenceTableStyles = [
  wordTable,
  css`
    :host {
      display: block;
      font-size: var(--sl-font-size-small);
    }
    p {
      margin: 0 0 var(--sl-spacing-x-small);
      color: var(--sl-color-neutral-700);
    }
    th,
    td {
      padding: var(--sl-spacing-2x-small) var(--sl-spacing-x-small);
      border-bottom: 1px solid var(--sl-color-neutral-200);
      vertical-align: top;
    }
  `,
];
