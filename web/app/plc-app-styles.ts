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
  .skip {
    font: inherit;
    border: 1px solid var(--sl-color-neutral-400);
    color: var(--sl-color-neutral-900);
    cursor: pointer;
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
  .nav-toggle {
    display: none;
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
  /* A phone: at most about 110 px of header. Title and language on one line, the scenario and the
     Library on the next, and the views behind one button that names the current one. */
  @media (max-width: 40rem) {
    header {
      padding: var(--sl-spacing-2x-small) var(--sl-spacing-small) 0;
    }
    .bar {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: var(--sl-spacing-2x-small) var(--sl-spacing-x-small);
    }
    h1 {
      font-size: var(--sl-font-size-medium);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .languages {
      grid-column: 2;
      grid-row: 1;
    }
    .languages button {
      min-height: 1.75rem;
      padding: 0 0.4rem;
    }
    .chip {
      grid-column: 1;
      grid-row: 2;
    }
    .chip-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .chip-name {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      display: block;
      min-width: 0;
    }
    .library {
      grid-column: 2;
      grid-row: 2;
      margin-left: 0;
    }
    nav {
      position: relative;
      margin-top: var(--sl-spacing-2x-small);
    }
    .nav-toggle {
      display: flex;
      align-items: center;
      gap: var(--sl-spacing-x-small);
      width: 100%;
      min-height: 2.25rem;
      font: inherit;
      font-size: var(--sl-font-size-small);
      font-weight: var(--sl-font-weight-semibold);
      color: #fff;
      background: transparent;
      border: 0;
      border-bottom: 3px solid #f2c94c;
      padding: 0 var(--sl-spacing-x-small);
      cursor: pointer;
      text-align: left;
    }
    .nav-toggle:focus-visible {
      outline: 3px solid #f2c94c;
      outline-offset: -3px;
    }
    nav ul {
      display: none;
    }
    nav.open ul {
      display: flex;
      flex-direction: column;
      position: absolute;
      z-index: 20;
      left: calc(-1 * var(--sl-spacing-small));
      right: calc(-1 * var(--sl-spacing-small));
      top: 100%;
      background: var(--plc-header-bg, #12372a);
      padding-bottom: var(--sl-spacing-x-small);
      box-shadow: 0 6px 12px rgb(0 0 0 / 0.3);
    }
    nav a {
      padding: var(--sl-spacing-small) var(--sl-spacing-medium);
    }
  }
`;
