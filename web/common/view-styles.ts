import { css } from 'lit';
import { autoGrid, panelHeading } from './base-styles.ts';

/** What every view shares: its heading (focused on arrival, without a ring), the intro line, the
 *  panels, stale results, alerts and the narrow-screen padding. A view adds only its own rules. */
export const viewStyles = [
  panelHeading,
  css`
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
    .intro {
      margin: var(--sl-spacing-2x-small) 0 var(--sl-spacing-medium);
      color: var(--sl-color-neutral-700);
      max-width: 52rem;
    }
    .panel {
      background: var(--sl-color-neutral-0);
      border: 1px solid var(--sl-color-neutral-200);
      border-radius: var(--sl-border-radius-large);
      padding: var(--sl-spacing-medium);
      min-width: 0;
    }
    .run-facts {
      font-size: var(--sl-font-size-small);
      color: var(--sl-color-neutral-700);
      margin: 0 0 var(--sl-spacing-small);
    }
    sl-alert {
      margin-bottom: var(--sl-spacing-medium);
    }
    .stale {
      opacity: 0.55;
    }
    @media (max-width: 30rem) {
      .panel {
        padding: var(--sl-spacing-small);
      }
    }
  `,
];

/** Sections one under another, and a grid of chart panels side by side that wraps on a narrow screen. */
export const sectionStack = css`
  section {
    margin-bottom: var(--sl-spacing-medium);
  }
  .charts {
    ${autoGrid('30rem')}
    gap: var(--sl-spacing-medium);
    margin-bottom: var(--sl-spacing-medium);
  }
  .charts > section {
    margin-bottom: 0;
  }
`;
