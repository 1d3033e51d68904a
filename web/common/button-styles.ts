import { css, html } from 'lit';

// Native buttons, badges and spinners drawn as Shoelace's small <sl-button>, <sl-badge> and
// <sl-spinner> (same theme tokens, sizes, states and animation), for the first screen, so that it
// does not load Shoelace (issue 17).
// Shoelace stays where its parts load with a view, a dialog or a notice.

/** `<button class="btn">` as a small default sl-button; `.btn.primary` as a primary one, one shade darker. */
export const buttonStyles = css`
  .btn {
    display: inline-flex;
    align-items: stretch;
    justify-content: center;
    vertical-align: middle;
    box-sizing: border-box;
    min-height: var(--sl-input-height-small);
    margin: 0;
    padding: 0 var(--sl-spacing-small);
    border: solid var(--sl-input-border-width) var(--sl-input-border-color);
    border-radius: var(--sl-input-border-radius-small);
    background-color: var(--sl-color-neutral-0);
    color: var(--sl-color-neutral-700);
    font-family: var(--sl-input-font-family);
    font-size: var(--sl-button-font-size-small);
    font-weight: var(--sl-font-weight-semibold);
    line-height: calc(var(--sl-input-height-small) - var(--sl-input-border-width) * 2);
    white-space: nowrap;
    text-decoration: none;
    user-select: none;
    -webkit-user-select: none;
    cursor: pointer;
    transition:
      var(--sl-transition-x-fast) background-color,
      var(--sl-transition-x-fast) color,
      var(--sl-transition-x-fast) border,
      var(--sl-transition-x-fast) box-shadow;
  }
  .btn:hover:not(:disabled) {
    background-color: var(--sl-color-primary-50);
    border-color: var(--sl-color-primary-300);
    color: var(--sl-color-primary-700);
  }
  .btn:active:not(:disabled) {
    background-color: var(--sl-color-primary-100);
    border-color: var(--sl-color-primary-400);
    color: var(--sl-color-primary-700);
  }
  /* One shade darker than sl-button's primary: white on primary-600 is 4.1:1, below the 4.5:1 that
     small text needs (axe, which could not see into sl-button's shadow root, finds it here). */
  .btn.primary {
    background-color: var(--sl-color-primary-700);
    border-color: var(--sl-color-primary-700);
    color: var(--sl-color-neutral-0);
  }
  .btn.primary:hover:not(:disabled) {
    background-color: var(--sl-color-primary-800);
    border-color: var(--sl-color-primary-800);
    color: var(--sl-color-neutral-0);
  }
  .btn.primary:active:not(:disabled) {
    background-color: var(--sl-color-primary-700);
    border-color: var(--sl-color-primary-700);
    color: var(--sl-color-neutral-0);
  }
  .btn:focus {
    outline: none;
  }
  .btn:focus-visible {
    outline: var(--sl-focus-ring);
    outline-offset: var(--sl-focus-ring-offset);
  }
  .btn:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
`;

/** `<span class="badge success|danger" role="status">` as an sl-badge of that variant (one shade
 *  darker than Shoelace's 600, as white on the 600 shades is below 4.5:1 at badge size). */
export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    font-size: max(12px, 0.75em);
    font-weight: var(--sl-font-weight-semibold);
    letter-spacing: var(--sl-letter-spacing-normal);
    line-height: 1;
    border-radius: var(--sl-border-radius-small);
    border: solid 1px var(--sl-color-neutral-0);
    white-space: nowrap;
    padding: 0.35em 0.6em;
    user-select: none;
    -webkit-user-select: none;
    color: var(--sl-color-neutral-0);
  }
  .badge.success {
    background-color: var(--sl-color-success-700);
  }
  .badge.danger {
    background-color: var(--sl-color-danger-700);
  }
`;

/** An sl-spinner's drawing (a track and a turning arc, 1em), hidden from screen readers: the text
 *  beside it says what is running. Styled by spinnerStyles. */
export const spinner = html`<svg class="spinner" aria-hidden="true">
  <circle class="track"></circle>
  <circle class="indicator"></circle>
</svg>`;

export const spinnerStyles = css`
  .spinner {
    display: inline-block;
    flex: none;
    width: 1em;
    height: 1em;
  }
  .spinner circle {
    fill: none;
    stroke-width: 2px;
    r: calc(0.5em - 1px);
    cx: 0.5em;
    cy: 0.5em;
    transform-origin: 50% 50%;
  }
  .spinner .track {
    stroke: rgb(128 128 128 / 25%);
    transform-origin: 0% 0%;
  }
  .spinner .indicator {
    stroke: var(--sl-color-primary-600);
    stroke-linecap: round;
    stroke-dasharray: 150% 75%;
    animation: spin 2s linear infinite;
  }
  @keyframes spin {
    0% {
      transform: rotate(0deg);
      stroke-dasharray: 0.05em, 3em;
    }
    50% {
      transform: rotate(450deg);
      stroke-dasharray: 1.375em, 1.375em;
    }
    100% {
      transform: rotate(1080deg);
      stroke-dasharray: 0.05em, 3em;
    }
  }
`;
