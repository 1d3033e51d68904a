import { LitElement } from 'lit';

/**
 * A view of the app (Evaluation, Training, Village, …): when the user opens one, the app moves the
 * keyboard focus to its heading, the first <h2> of its shadow root (which has tabindex="-1").
 */
export class ViewElement extends LitElement {
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }
}
