import { css } from 'lit';

/** The training's keyboard focus ring (levers, steps, buttons): thick orange, clear on white and on green. */
export const focusRing = css`
  outline: 3px solid #b35c00;
  outline-offset: 2px;
`;

/** The training's grids: equal columns, as many as fit at --plc-grid-min each (one on a phone),
 *  --plc-grid-gap apart. An element gives its grid the class `auto-grid` and sets both. */
export const trainingGrid = css`
  .auto-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--plc-grid-min)), 1fr));
    gap: var(--plc-grid-gap);
  }
`;

/**
 * Styles of <plc-training-view>. Type is large everywhere (≥ 18 px body) and larger still in the
 * presenter layout (≥ 20 px, growing with the window); text colours reach at least 7:1 or 4.5:1
 * against white (WCAG AA). Figures and levers scale with the host's font size (em units).
 */
export const trainingStyles = css`
  :host {
    display: block;
    font-size: 1.125rem;
    line-height: 1.45;
    color: #111;
  }
  :host([presenter]) {
    position: fixed;
    inset: 0;
    z-index: 100;
    overflow: auto;
    background: #fff;
    font-size: clamp(20px, 1.45vw, 34px);
    padding: 0.4em 1.2em 1em;
    box-sizing: border-box;
    --plc-figure-min: 11em;
    --plc-pair-min: 12em;
    --plc-pair-height: 38vh;
  }
  h2 {
    margin: 0;
    font-size: var(--sl-font-size-x-large);
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid #b35c00;
    outline-offset: 4px;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 1em;
    margin-bottom: 0.6em;
  }
  .top h2 {
    flex: 1 1 auto;
  }
  .intro {
    flex: 1 1 100%;
    margin: 0;
    color: #333;
  }
  .presenter-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 1em;
    padding-bottom: 0.4em;
    margin-bottom: 0.5em;
    border-bottom: 2px solid #1b6e3a;
    font-size: 0.7em;
  }
  .presenter-bar h2 {
    font-size: 1.1em;
    flex: 1 1 auto;
  }
  .presenter-bar .household {
    font-weight: 400;
  }
  .where {
    font-weight: 700;
  }
  plc-training-stepper {
    margin-bottom: 0.8em;
  }
  :host([presenter]) plc-training-stepper:first-of-type {
    font-size: 0.75em;
  }
  .step {
    background: #fff;
    border: 1px solid #d0d0d0;
    border-radius: 0.75rem;
    padding: 0.8em 1em 1em;
    margin-bottom: 0.8em;
  }
  :host([presenter]) .step {
    border: none;
    padding: 0;
  }
  h3 {
    margin: 0 0 0.3em;
    font-size: 1.6em;
    line-height: 1.2;
  }
  :host([presenter]) h3 {
    font-size: 1.9em;
  }
  .lead {
    margin: 0 0 0.7em;
    font-size: 1.05em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em;
    margin: 0.8em 0;
  }
  .status {
    color: #333;
    font-style: italic;
  }
  .error {
    color: #8a1c1c;
    font-weight: 700;
  }
  button.quiet {
    font: inherit;
    font-size: 0.9em;
    min-height: 2.75rem;
    padding: 0.3em 0.9em;
    border-radius: 0.5rem;
    border: 2px solid #1b6e3a;
    background: #fff;
    color: #0b4f27;
    font-weight: 600;
    cursor: pointer;
  }
  button.quiet:focus-visible {
    ${focusRing}
  }
  .live {
    transition: opacity 120ms linear;
  }
  .stale {
    opacity: 0.6;
  }
  .dioxins {
    margin-top: 1em;
    padding: 0.7em 1em;
    border-left: 6px solid #7a4a00;
    background: #fff8ec;
  }
  .dioxins p {
    margin: 0.3em 0;
  }
  .illustration {
    font-size: 0.9em;
    color: #222;
  }
  plc-takeaway {
    margin-top: 1em;
    font-size: 0.95em;
  }
  @media (max-width: 30rem) {
    :host(:not([presenter])) {
      font-size: 1.0625rem;
      --plc-pair-height: 10rem;
    }
    .step {
      padding: 0.6em 0.7em 0.8em;
    }
    h3 {
      font-size: 1.35em;
    }
  }
`;
