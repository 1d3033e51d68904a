import { css } from 'lit';

/** What the Compare view's chart panels add to chartPanelStyles: chips, tools and the download row. */
export const comparePanelStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-2x-small);
    margin: 0 0 var(--sl-spacing-x-small);
    padding: 0;
    list-style: none;
  }
  .chips li {
    min-width: 0;
    max-width: 100%;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--sl-spacing-x-small) var(--sl-spacing-medium);
    margin-top: var(--sl-spacing-x-small);
  }
  plc-canvas-chart {
    margin-top: var(--sl-spacing-x-small);
  }
`;
