export type { CodeList } from './shared/code-list.js';
export { defineCodeList } from './shared/code-list.js';
export { isEndBeforeStart } from './shared/date-range.js';
export type { HierarchyCheck, ParentOf } from './shared/hierarchy.js';
export { ancestorsOf, checkParent } from './shared/hierarchy.js';
export type { Bilingual, Locale } from './shared/locale.js';
export { LOCALES, pickLocale } from './shared/locale.js';
export { bilingualText, isoDate, optionalIsoDate, RECORD_CODE_PATTERN, recordCode } from './shared/text.js';
export type { IssueCode, Validated, ValidationIssue } from './shared/validation.js';
export { formatIssue, fromZodIssues, validateWith } from './shared/validation.js';
export type { Program, ProgramValues } from './programs/program.js';
export {
  PROGRAM_FIELD_LABELS,
  PROGRAM_NAME_MAX,
  PROGRAM_SUMMARY_MAX,
  ProgramArea,
  ProgramInput,
  ProgramPatch,
  ProgramStatus,
  validateProgram,
  validateProgramPatch,
} from './programs/program.js';
