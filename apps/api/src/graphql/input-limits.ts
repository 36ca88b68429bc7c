import {
  AREA_MAX,
  BENEFIT_AMOUNT_MAX,
  BENEFIT_MONTHS_MAX,
  CAPACITY_MAX,
  CODE_MAX,
  CODE_MIN,
  DATE_MAX,
  DATE_MIN,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  FIGURE_DECIMAL_PLACES_MAX,
  FIGURE_WHOLE_DIGITS_MAX,
  FILTER_TEXT_MAX,
  NAME_MAX,
  NOTE_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  PERIOD_TEXT_MAX,
  PERSON_NAME_MAX,
  PROGRESS_MAX,
  PROGRESS_MIN,
  PUBLISHER_MAX,
  REVIEW_COMMENT_MAX,
  SEARCH_MAX,
  SOURCE_TITLE_MAX,
  SPECIALISATION_MAX,
  SPECIALISATIONS_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
  TOKEN_NAME_MAX,
  URL_MAX,
  WITHDRAWAL_REASON_MAX,
} from '@bitgoeul/domain';
import { GraphQLInputObjectType, type GraphQLInputType, type GraphQLSchema, getNamedType } from 'graphql';

/**
 * The limits of every input field, written into the schema's descriptions from the domain's
 * constants, so that what GraphiQL and schema.graphql say is what the domain enforces. One table
 * rather than a sentence beside each field: the field names mean the same thing in every input.
 */

const fmt = (n: number) => n.toLocaleString('en-US');
const oneLine = (max: number) => `At most ${fmt(max)} characters; no control characters.`;
const multiLine = (max: number) =>
  `At most ${fmt(max)} characters; line breaks and tabs allowed, no other control characters.`;
const eachLanguage = (sentence: string) => sentence.replace('characters', 'characters in each language');
const blankRule = 'Spaces and invisible characters alone count as blank.';
const between = (min: number, max: number, unit = '') => `From ${fmt(min)} to ${fmt(max)}${unit}.`;

const DATE = `A date from ${DATE_MIN} to ${DATE_MAX}.`;
const FIGURE = `A decimal of at most ${FIGURE_WHOLE_DIGITS_MAX} whole digits and ${FIGURE_DECIMAL_PLACES_MAX} decimal places.`;

/** By input type and field first, then by field name and the field's type. */
const BY_TYPE_FIELD: Record<string, string> = {
  'AreaInput.value': `At most ${fmt(AREA_MAX)}.`,
  'CapacityInput.value': `At most ${fmt(CAPACITY_MAX)}.`,
  'IssueApiTokenInput.name': `${oneLine(TOKEN_NAME_MAX)} ${blankRule}`,
  'TransitionObservationInput.comment': multiLine(REVIEW_COMMENT_MAX),
  'TransitionObservationInput.reason': `${multiLine(WITHDRAWAL_REASON_MAX)} ${blankRule}`,
  'TransitionObservationInput.releaseAt': `A date and time from ${DATE_MIN} to ${DATE_MAX}.`,
};

const BY_FIELD: Record<string, Partial<Record<string, string>>> = {
  name: {
    LocalizedTextInput: `${eachLanguage(oneLine(NAME_MAX))} ${blankRule}`,
    String: `${oneLine(PERSON_NAME_MAX)} ${blankRule}`,
  },
  summary: { LocalizedTextInput: eachLanguage(multiLine(SUMMARY_MAX)) },
  description: { LocalizedTextInput: eachLanguage(multiLine(DESCRIPTION_MAX)) },
  conditions: { LocalizedTextInput: eachLanguage(multiLine(DESCRIPTION_MAX)) },
  note: { LocalizedTextInput: eachLanguage(multiLine(DESCRIPTION_MAX)), String: multiLine(NOTE_MAX) },
  title: {
    LocalizedTextInput: eachLanguage(oneLine(TITLE_MAX)),
    String: `${oneLine(SOURCE_TITLE_MAX)} ${blankRule}`,
  },
  publisher: { String: oneLine(PUBLISHER_MAX) },
  author: { String: oneLine(PUBLISHER_MAX) },
  law: { LocalizedTextInput: eachLanguage(oneLine(TITLE_MAX)) },
  address: { LocalizedTextInput: eachLanguage(oneLine(TITLE_MAX)) },
  authority: { LocalizedTextInput: eachLanguage(oneLine(PUBLISHER_MAX)) },
  instrumentNumber: { String: oneLine(PUBLISHER_MAX) },
  specialisations: {
    LocalizedTextInput: `At most ${SPECIALISATIONS_MAX} of them, each ${eachLanguage(oneLine(SPECIALISATION_MAX)).replace('At most', 'at most')}`,
  },
  code: { String: `${fmt(CODE_MIN)} to ${fmt(CODE_MAX)} characters.` },
  url: { String: oneLine(URL_MAX) },
  email: { String: oneLine(EMAIL_MAX) },
  password: { String: `At most ${fmt(PASSWORD_MAX)} characters; no control characters.` },
  currentPassword: { String: `At most ${fmt(PASSWORD_MAX)} characters.` },
  newPassword: { String: `${fmt(PASSWORD_MIN)} to ${fmt(PASSWORD_MAX)} characters; no control characters.` },
  period: { String: oneLine(PERIOD_TEXT_MAX) },
  value: { String: FIGURE },
  progress: { Float: between(PROGRESS_MIN, PROGRESS_MAX, ' %') },
  amount: { Float: `At most ${fmt(BENEFIT_AMOUNT_MAX)}.` },
  months: { Int: between(1, BENEFIT_MONTHS_MAX) },
  search: { String: oneLine(SEARCH_MAX) },
  contains: { String: oneLine(SEARCH_MAX) },
  eq: { String: oneLine(FILTER_TEXT_MAX) },
  in: { String: `Each ${oneLine(FILTER_TEXT_MAX).replace('At most', 'at most')}` },
};

/** Import rows are text from a spreadsheet, documented with the import. */
const SKIPPED = /ImportRowInput$/;

/** The limit sentence for one input field, if it has one. */
export function limitOf(typeName: string, fieldName: string, type: GraphQLInputType): string | undefined {
  const named = getNamedType(type).name;
  if (named === 'Date') return DATE;
  const own = BY_TYPE_FIELD[`${typeName}.${fieldName}`] ?? BY_FIELD[fieldName]?.[named];
  // Any other text a filter compares with is held to the argument rule (argument-text.ts).
  if (!own && named === 'String' && typeName.endsWith('Filter')) return oneLine(FILTER_TEXT_MAX);
  return own;
}

/** Appends each input field's limit to its description. Returns the same schema. */
export function documentInputLimits(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLInputObjectType) || SKIPPED.test(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const limit = limitOf(type.name, field.name, field.type);
      if (limit && !field.description?.includes(limit)) {
        field.description = field.description ? `${field.description} ${limit}` : limit;
      }
    }
  }
  return schema;
}
