import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

// A labelled dropdown: a native <select> drawn as Shoelace's <sl-select> (same theme tokens, sizes,
// states), for the views' settings and figure pickers (issue 17: Shoelace's select brought its
// popup and Floating UI, 16 KB gzipped, for a list a native control shows as well, and on a phone
// better: the system's own picker). The Workbench's compact editors keep their own small boxes
// (field-styles.ts textBoxes).

/** One choice: the value kept and the words shown. */
export interface SelectChoice<V extends string = string> {
  value: V;
  label: unknown;
  disabled?: boolean;
}

export interface SelectFieldOptions<V extends string> {
  label: string;
  value: V;
  choices: readonly SelectChoice<V>[];
  /** Called with the new value when the user picks another choice. */
  onChange?: (value: V) => void;
  /** The form field's name (a form reads it by name). */
  name?: string;
  testid?: string;
  /** Words under the box. */
  help?: string;
  disabled?: boolean;
  size?: 'small' | 'medium';
  /** A class on the whole field, for the element's own width rules. */
  cls?: string;
}

/** The id of a field's box in its shadow root: from its name, test id or label, so that it stays
 *  the same from one render to the next. */
function boxId(o: Pick<SelectFieldOptions<string>, 'name' | 'testid' | 'label'>): string {
  return `select-${(o.name ?? o.testid ?? o.label).replace(/[^\p{L}\p{N}_-]+/gu, '-')}`;
}

/** `<div class="select-field">`: the label (for the box), the box and any help (its description);
 *  style with selectFieldStyles. */
export function selectField<V extends string>(o: SelectFieldOptions<V>): TemplateResult {
  const change = o.onChange;
  const id = boxId(o);
  return html`<div class="select-field ${o.size ?? 'medium'} ${o.cls ?? ''}">
    <label class="select-label" for=${id}>${o.label}</label>
    <span class="select-box">
      <select
        id=${id}
        name=${ifDefined(o.name)}
        data-testid=${ifDefined(o.testid)}
        aria-describedby=${ifDefined(o.help ? `${id}-help` : undefined)}
        ?disabled=${o.disabled ?? false}
        @change=${change ? (e: Event) => change((e.target as HTMLSelectElement).value as V) : nothing}
      >
        ${o.choices.map((c) => html`<option value=${c.value} .selected=${c.value === o.value} ?disabled=${c.disabled ?? false}>${c.label}</option>`)}
      </select>
    </span>
    ${o.help ? html`<span class="select-help" id=${`${id}-help`}>${o.help}</span>` : nothing}
  </div>`;
}

/** The look of selectField: Shoelace's form-control tokens, medium (default) and small. */
export const selectFieldStyles = css`
  .select-field {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .select-label {
    display: block;
    margin-bottom: var(--sl-spacing-3x-small);
    font-size: var(--sl-input-label-font-size-medium);
    color: var(--sl-input-label-color);
  }
  .select-field.small .select-label {
    font-size: var(--sl-input-label-font-size-small);
  }
  .select-box {
    position: relative;
    display: block;
  }
  /* The chevron of sl-select, drawn with two borders. */
  .select-box::after {
    content: '';
    position: absolute;
    top: 50%;
    right: var(--sl-input-spacing-medium);
    width: 0.55em;
    height: 0.55em;
    border-right: 1.5px solid var(--sl-input-icon-color);
    border-bottom: 1.5px solid var(--sl-input-icon-color);
    transform: translateY(-75%) rotate(45deg);
    pointer-events: none;
  }
  .select-field select {
    appearance: none;
    -webkit-appearance: none;
    display: block;
    width: 100%;
    min-width: 0;
    box-sizing: border-box;
    height: var(--sl-input-height-medium);
    margin: 0;
    padding: 0 calc(var(--sl-input-spacing-medium) * 2 + 0.5em) 0 var(--sl-input-spacing-medium);
    border: solid var(--sl-input-border-width) var(--sl-input-border-color);
    border-radius: var(--sl-input-border-radius-medium);
    background-color: var(--sl-input-background-color);
    color: var(--sl-input-color);
    font-family: var(--sl-input-font-family);
    font-size: var(--sl-input-font-size-medium);
    font-weight: var(--sl-input-font-weight);
    letter-spacing: var(--sl-input-letter-spacing);
    text-overflow: ellipsis;
    cursor: pointer;
    transition:
      var(--sl-transition-fast) color,
      var(--sl-transition-fast) border,
      var(--sl-transition-fast) box-shadow,
      var(--sl-transition-fast) background-color;
  }
  .select-field.small select {
    height: var(--sl-input-height-small);
    padding: 0 calc(var(--sl-input-spacing-small) * 2 + 0.5em) 0 var(--sl-input-spacing-small);
    border-radius: var(--sl-input-border-radius-small);
    font-size: var(--sl-input-font-size-small);
  }
  .select-field.small .select-box::after {
    right: var(--sl-input-spacing-small);
  }
  .select-field select:hover:not(:disabled) {
    border-color: var(--sl-input-border-color-hover);
    background-color: var(--sl-input-background-color-hover);
  }
  .select-field select:focus-visible {
    outline: none;
    border-color: var(--sl-input-border-color-focus);
    box-shadow: 0 0 0 var(--sl-focus-ring-width) var(--sl-input-focus-ring-color);
  }
  .select-field select:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .select-help {
    display: block;
    margin-top: var(--sl-spacing-3x-small);
    font-size: var(--sl-input-help-text-font-size-medium);
    color: var(--sl-input-help-text-color);
  }
`;
