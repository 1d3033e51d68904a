import { css } from 'lit';

/** The Village view's layout (its parts carry their own styles). */
export const villageViewStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0;
    font-size: var(--sl-font-size-x-large);
  }
  h2:focus {
    outline: none;
  }
  h3 {
    font-size: var(--sl-font-size-large);
    margin: 0 0 var(--sl-spacing-x-small);
  }
  h4 {
    margin: var(--sl-spacing-medium) 0 var(--sl-spacing-2x-small);
  }
  .intro {
    margin: var(--sl-spacing-2x-small) 0 var(--sl-spacing-medium);
    color: var(--sl-color-neutral-700);
    max-width: 48rem;
  }
  .panel {
    background: var(--sl-color-neutral-0);
    border: 1px solid var(--sl-color-neutral-200);
    border-radius: var(--sl-border-radius-large);
    padding: var(--sl-spacing-medium);
    min-width: 0;
    margin-bottom: var(--sl-spacing-medium);
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
  @media (max-width: 30rem) {
    .panel {
      padding: var(--sl-spacing-small);
    }
  }
`;
