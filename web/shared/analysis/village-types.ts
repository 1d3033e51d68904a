// The village and province files' types (MODEL.md section 8: `plastic-line-village`, version 1;
// extension: `plastic-line-province`, version 1): their format names, size limits, the shapes
// the files have once valid, and the results of validating them (village-schema.ts checks
// them). No DOM and no Node APIs.

import type { STATUS_KEYS } from '../model/scenario-schema.ts';
import type { VillageIssue } from './village-messages.ts';

export const VILLAGE_FORMAT = 'plastic-line-village';
export const VILLAGE_VERSION = 1;
export const PROVINCE_FORMAT = 'plastic-line-province';
export const PROVINCE_VERSION = 1;

export const VILLAGE_LIMITS = {
  groups: 100_000,
  /** More households than this in one group is a typing slip (Viet Nam has ~27 million households). */
  households: 10_000_000,
  measures: 64,
  villages: 10_000,
  path: 1_000,
  idLength: 64,
  nameLength: 200,
  descriptionLength: 5_000,
  sourceLength: 2_000,
  nationalGTeqPerYear: 1_000_000,
  provenanceEntries: 100_000,
  maxBytes: 50 * 1024 * 1024,
} as const;

export type Status = (typeof STATUS_KEYS)[number];

/** The national inventory figure a village is set against (MODEL.md 8 `context`). */
export interface NationalContext {
  nationalOpenBurningGTeqPerYear: number;
  source: string;
  status: Status;
  period?: string;
  note?: string;
}

export interface VillageAdoption {
  /** Catalogue ids; applied in catalogue order (MODEL.md 6). */
  measures: string[];
  /** Share of the group's households that adopt, in [0, 1]. */
  share: number;
}

export interface VillageGroupFile {
  id: string;
  name?: string;
  nameVi?: string;
  description?: string;
  /** Number of households (lines) in the group; may be fractional. */
  households: number;
  /** A label such as "film" or "rigid" for display; behaviour comes from the scenario only. */
  lineType?: string;
  /** A scenario or variant file (path relative to the village file), or an inline scenario. */
  scenario: string | Record<string, unknown>;
  adoption?: VillageAdoption;
}

export interface ProvenanceEntry {
  source: string;
  status: Status;
  note?: string;
}

export interface VillageFile {
  format: typeof VILLAGE_FORMAT;
  version: 1;
  id: string;
  name: string;
  nameVi?: string;
  description?: string;
  site?: { name?: string; commune?: string; district?: string; province?: string; country?: string };
  groups: VillageGroupFile[];
  /** A measures catalogue file (relative to the village file); default: the app's. */
  catalogue?: string;
  context?: NationalContext;
  /** Source and status of each number, keyed by JSON Pointer ("/groups/0/households"). */
  provenance?: Record<string, ProvenanceEntry>;
}

export interface ProvinceFile {
  format: typeof PROVINCE_FORMAT;
  version: 1;
  id: string;
  name: string;
  description?: string;
  /** Village files (relative to the province file) or inline villages. */
  villages: (string | Record<string, unknown>)[];
  context?: NationalContext;
  provenance?: Record<string, ProvenanceEntry>;
}

export type VillageValidation = { ok: true; village: VillageFile; warnings: VillageIssue[] } | { ok: false; errors: VillageIssue[]; warnings: VillageIssue[] };

export type ProvinceValidation =
  { ok: true; province: ProvinceFile; warnings: VillageIssue[] } | { ok: false; errors: VillageIssue[]; warnings: VillageIssue[] };
