import { css } from 'lit';

// The look of form fields, one sheet a concept, shared by <plc-number-field>, the method switch
// and the Workbench's editors and panels (issue 15: one place for each thing). An element lists
// the sheets it uses in its `styles`, before its own rules, which may adjust them.

/** The small label above a field: the label of a "text-field" block, or one of class "field-label". */
export const fieldLabel = css`
  .field-label,
  .text-field label {
    display: block;
    font-size: var(--sl-font-size-small);
    color: var(--sl-color-neutral-800);
    margin-bottom: 2px;
  }
`;

/** A text or number box and a select: one border, one focus ring, one colour when invalid. */
export const textBoxes = css`
  input[type='text'],
  input[type='number'],
  select {
    font: inherit;
    font-size: var(--sl-font-size-small);
    padding: 0.3rem 0.45rem;
    width: 100%;
    box-sizing: border-box;
    border: 1px solid var(--sl-color-neutral-400);
    border-radius: var(--sl-border-radius-medium);
    background: var(--sl-color-neutral-0);
    color: var(--sl-color-neutral-900);
    min-width: 0;
  }
  input[type='text']:focus,
  input[type='number']:focus,
  select:focus {
    outline: 2px solid var(--sl-color-primary-500);
    outline-offset: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--sl-color-danger-600);
    background: var(--sl-color-danger-50);
  }
`;

/** The message beside a field (class "error"), in the danger colour. */
export const fieldMessage = css`
  .error {
    margin: 2px 0 0;
    font-size: var(--sl-font-size-x-small);
    color: var(--sl-color-danger-700);
    overflow-wrap: anywhere;
  }
`;

/** A framed group of fields under its legend (a fieldset of class "group"). */
export const fieldGroup = css`
  fieldset.group {
    border: 1px solid var(--sl-color-neutral-200);
    border-radius: var(--sl-border-radius-large);
    margin: 0;
    padding: var(--sl-spacing-x-small) var(--sl-spacing-small) var(--sl-spacing-small);
    min-width: 0;
  }
  fieldset.group legend {
    font-weight: var(--sl-font-weight-semibold);
    font-size: var(--sl-font-size-small);
    padding: 0 var(--sl-spacing-2x-small);
  }
`;

/** Fields side by side, each at least 12.5rem wide (the whole width on a narrow screen). */
export const fieldGrid = css`
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12.5rem), 1fr));
    gap: var(--sl-spacing-x-small) var(--sl-spacing-small);
    align-items: end;
  }
`;

/** A row of settings and buttons (class "controls"), wrapping on a narrow screen. */
export const controlsRow = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-small);
    align-items: end;
    margin: var(--sl-spacing-x-small) 0;
  }
`;
