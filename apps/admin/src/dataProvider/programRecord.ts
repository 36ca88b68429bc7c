import type { ProgramArea, ProgramStatus } from '@bitgoeul/domain';

export interface LocalizedText {
  ko: string;
  en: string | null;
}

/**
 * A program as react-admin holds it: the API's `Program` with `parent { id }` flattened to `parentId`,
 * so forms, ReferenceInput and ReferenceManyField can all address the relation by one source name.
 */
export interface ProgramRecord {
  id: string;
  code: string;
  name: LocalizedText;
  summary: LocalizedText;
  area: ProgramArea;
  status: ProgramStatus;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  /** Share of the work done, in percent; null when nobody has reported it (not the same as 0). */
  progress: number | null;
  parentId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The fields a person can write; everything else on the record is the server's. */
export const PROGRAM_INPUT_FIELDS = [
  'code',
  'name',
  'summary',
  'area',
  'status',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'parentId',
  'progress',
] as const;
export type ProgramInputField = (typeof PROGRAM_INPUT_FIELDS)[number];
