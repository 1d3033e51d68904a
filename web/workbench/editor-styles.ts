import { css } from 'lit';
import { visuallyHidden } from '../common/base-styles.ts';

/** Field grid, text inputs, selects, groups and messages shared by the line editor's elements. */
export const editorStyles = [
  visuallyHidden,
  css`
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12.5rem), 1fr));
      gap: var(--sl-spacing-x-small) var(--sl-spacing-small);
      align-items: end;
    }
    .text-field label {
      display: block;
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-800);
      margin-bottom: 2px;
    }
    input[type='text'],
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
    select:focus {
      outline: 2px solid var(--sl-color-primary-500);
      outline-offset: 0;
    }
    input[aria-invalid='true'] {
      border-color: var(--sl-color-danger-600);
      background: var(--sl-color-danger-50);
    }
    select:disabled {
      opacity: 0.5;
    }
    .error {
      margin: 2px 0 0;
      font-size: var(--sl-font-size-x-small);
      color: var(--sl-color-danger-700);
      overflow-wrap: anywhere;
    }
    fieldset.group {
      border: 1px solid var(--sl-color-neutral-200);
      border-radius: var(--sl-border-radius-large);
      margin: var(--sl-spacing-small) 0 0;
      padding: var(--sl-spacing-x-small) var(--sl-spacing-small) var(--sl-spacing-small);
      min-width: 0;
    }
    fieldset.group legend {
      font-weight: var(--sl-font-weight-semibold);
      font-size: var(--sl-font-size-small);
      padding: 0 var(--sl-spacing-2x-small);
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
