// The line editor's own styles (plc-line-editor.ts): its sections, the list of problems, the units
// in line order and the row that adds a unit; the fields' styles are editorStyles (editor-styles.ts).
import { css } from 'lit';

export const lineEditorStyles = css`
  :host {
    display: block;
  }
  details.section {
    border-top: 1px solid var(--sl-color-neutral-200);
    padding: var(--sl-spacing-x-small) 0;
  }
  details.section > summary {
    cursor: pointer;
    font-weight: var(--sl-font-weight-semibold);
    padding: var(--sl-spacing-2x-small) 0;
    font-size: var(--sl-font-size-medium);
  }
  details.section > summary:focus-visible {
    outline: 2px solid var(--sl-color-primary-600);
  }
  .problems {
    border: 1px solid var(--sl-color-danger-300);
    background: var(--sl-color-danger-50);
    border-radius: var(--sl-border-radius-large);
    padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
    margin-bottom: var(--sl-spacing-small);
    font-size: var(--sl-font-size-small);
  }
  .problems strong {
    display: block;
    margin-bottom: var(--sl-spacing-2x-small);
  }
  ol.units {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--sl-spacing-x-small);
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--sl-spacing-x-small);
    margin-top: var(--sl-spacing-small);
  }
  .add select {
    width: auto;
  }
  .hint {
    font-size: var(--sl-font-size-x-small);
    color: var(--sl-color-neutral-700);
    margin: 0 0 var(--sl-spacing-x-small);
  }
`;
