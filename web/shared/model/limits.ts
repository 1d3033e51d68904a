// The sizes of a scenario file that keep absurd inputs out, apart from the schema (schema-blocks.ts
// builds its rules from them) so that the page's editors read them without loading zod.

/** Sizes that keep absurd inputs out; the ranges of numbers are in field-table.ts. */
export const LIMITS = {
  /** At most this many other costs (MODEL.md 3.2). */
  otherCosts: 100,
  units: 64,
  uncertaintyItems: 1_000,
  provenanceEntries: 10_000,
  idLength: 64,
  nameLength: 200,
  descriptionLength: 5_000,
  sourceLength: 2_000,
  pointerLength: 1_000,
  defaultMaxBytes: 5 * 1024 * 1024,
} as const;
