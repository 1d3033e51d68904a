import { css } from 'lit';

/** The shell's layout: header with the scenario chip, language switch and navigation; one view. */
export const appStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
    min-height: 100dvh;
  }
  .skip {
    position: absolute;
    left: -10000px;
    top: 0;
  }
  .skip:focus {
    left: var(--sl-spacing-small);
    top: var(--sl-spacing-small);
    z-index: 10;
    background: var(--sl-color-neutral-0);
    padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
  }
  header {
    background: var(--plc-header-bg, #12372a);
    color: #fff;
    padding: var(--sl-spacing-small) var(--sl-spacing-medium) 0;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sl-spacing-x-small) var(--sl-spacing-medium);
    max-width: var(--plc-page-width);
    margin: 0 auto;
  }
  h1 {
    font-size: var(--sl-font-size-large);
    margin: 0;
    font-weight: var(--sl-font-weight-semibold);
  }
  .chip {
    display: flex;
    align-items: baseline;
    gap: var(--sl-spacing-2x-small);
    min-width: 0;
    margin: 0;
  }
  .library {
    margin-left: auto;
  }
  .languages {
    display: flex;
    gap: 2px;
  }
  .languages button {
    font: inherit;
    font-size: var(--sl-font-size-small);
    color: #fff;
    background: transparent;
    border: 1px solid rgb(255 255 255 / 0.6);
    border-radius: var(--sl-border-radius-medium);
    padding: 0.15rem 0.5rem;
    cursor: pointer;
    min-height: 2rem;
  }
  .languages button[aria-pressed='true'] {
    background: #fff;
    color: var(--plc-header-bg, #12372a);
    font-weight: var(--sl-font-weight-semibold);
  }
  .languages button:focus-visible {
    outline: 3px solid #f2c94c;
    outline-offset: 2px;
  }
  .conflict {
    width: 100%;
    max-width: var(--plc-page-width);
    margin: var(--sl-spacing-medium) auto 0;
    padding: 0 var(--sl-spacing-medium);
    box-sizing: border-box;
  }
  .chip-label {
    font-size: var(--sl-font-size-small);
    color: #dfe9e4;
    flex: none;
  }
  /* The whole name stays readable, wrapping on a phone rather than being cut off. */
  .chip-name {
    background: #fff;
    color: var(--sl-color-neutral-900);
    border-radius: 0.75rem;
    padding: 0.1rem 0.6rem;
    font-size: var(--sl-font-size-small);
    overflow-wrap: anywhere;
  }
  nav {
    max-width: var(--plc-page-width);
    margin: var(--sl-spacing-x-small) auto 0;
  }
  @media (max-width: 30rem) {
    header {
      padding-inline: var(--sl-spacing-small);
    }
    nav a {
      padding-inline: var(--sl-spacing-x-small);
    }
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--sl-spacing-3x-small);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav a {
    display: block;
    padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
    color: #fff;
    text-decoration: none;
    white-space: nowrap;
    border-bottom: 3px solid transparent;
    font-size: var(--sl-font-size-small);
  }
  nav a:hover {
    background: rgb(255 255 255 / 0.1);
  }
  nav a[aria-current='page'] {
    border-bottom-color: #f2c94c;
    font-weight: var(--sl-font-weight-semibold);
  }
  nav a:focus-visible {
    outline: 3px solid #f2c94c;
    outline-offset: -3px;
  }
  main {
    flex: 1;
    width: 100%;
    max-width: var(--plc-page-width);
    margin: 0 auto;
    padding: var(--sl-spacing-medium);
    box-sizing: border-box;
  }
  .notice {
    margin-bottom: var(--sl-spacing-medium);
  }
  footer {
    padding: var(--sl-spacing-small) var(--sl-spacing-medium);
    font-size: var(--sl-font-size-x-small);
    color: var(--sl-color-neutral-700);
    text-align: center;
  }
`;
