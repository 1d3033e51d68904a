import { css } from 'lit';

/** What every view shares: its heading (focused on arrival, without a ring), the intro line, the
 *  panels, stale results, alerts and the narrow-screen padding. A view adds only its own rules. */
export const viewStyles = css`
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
`;

/**
 * A visible cue on a table that scrolls sideways: a shadow on the side where more columns are
 * hidden, gone once scrolled to that end (backgrounds attached to the content cover the shadows at
 * the ends). Cells must not paint an opaque background of their own.
 */
export const scrollCueStyles = css`
  .table-wrap {
    overflow-x: auto;
    background:
      linear-gradient(to right, #fff 30%, rgb(255 255 255 / 0)) left center / 2.5rem 100% no-repeat local,
      linear-gradient(to left, #fff 30%, rgb(255 255 255 / 0)) right center / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.28), transparent) left center / 1rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.28), transparent) right center / 1rem 100% no-repeat scroll;
  }
`;
