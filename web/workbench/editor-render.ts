import { html } from 'lit';
import type { FieldSpec } from '../common/fields/editor-fields.ts';
import type { ProvenanceEntry } from '../common/fields/plc-number-field.ts';
import '../common/fields/plc-number-field.ts';

/** What every section of the line editor is handed: the draft's errors and provenance by pointer. */
export interface SectionContext {
  errors: ReadonlyMap<string, string>;
  provenance: Record<string, ProvenanceEntry>;
}

/** A <plc-number-field> for each spec, at `${base}/${spec.key}`, with its value from `values`. */
export function numberFields(base: string, specs: FieldSpec[], values: Record<string, unknown> | undefined, ctx: SectionContext) {
  return specs.map((spec) => {
    const pointer = `${base}/${spec.key}`;
    return html`<plc-number-field
      pointer=${pointer}
      label=${spec.label}
      unit=${spec.unit}
      .value=${values?.[spec.key]}
      min=${spec.min}
      max=${spec.max}
      step=${spec.step}
      ?money=${spec.money ?? false}
      error=${ctx.errors.get(pointer) ?? ''}
      .provenance=${ctx.provenance[pointer]}
    ></plc-number-field>`;
  });
}
