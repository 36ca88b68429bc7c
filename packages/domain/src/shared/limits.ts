/**
 * Every limit on what a person may type or send, stated once. The domain's schemas enforce them,
 * the GraphQL inputs print them in their descriptions and the admin's forms check them before
 * sending, so the three can never disagree.
 *
 * Lengths count UTF-16 code units, as JavaScript's `length` and zod's `.max()` do (a Hangul
 * syllable is one, an emoji two). Every text column is at least as wide as its limit.
 */

/** A person's-eye name of a record: a program, zone, facility, organisation, indicator, rule. */
export const NAME_MAX = 200;
/** A record's stable code (`GWANGJU-TYPE-JOBS`). */
export const CODE_MIN = 2;
export const CODE_MAX = 64;
/**
 * Free text of several paragraphs (descriptions, a milestone's note, an exemption's conditions).
 * Raised from 4,000: the columns are unbounded `text` on both stores, and passages copied from a
 * gazette notice or a press release run past two pages; 10,000 still bounds a field to ~30 KB.
 */
export const DESCRIPTION_MAX = 10_000;
/** A program's summary: a paragraph or two, shorter than a description on purpose. */
export const SUMMARY_MAX = 4000;
/** A short remark on a figure or a target ("derived from +7.2 % YoY"). */
export const NOTE_MAX = 1000;
/** A one-line heading: a milestone's title, the statute an exemption sets aside, a street address. */
export const TITLE_MAX = 300;
/** A source's headline; its column is 400 wide. */
export const SOURCE_TITLE_MAX = 400;
/** Who published or wrote a source, who designated a zone, a notice number. */
export const PUBLISHER_MAX = 200;
/** One of a zone's specialisations ("미래차", "AI"). */
export const SPECIALISATION_MAX = 100;
/** A web address. */
export const URL_MAX = 2000;
/** RFC 5321's limit on a mailbox. */
export const EMAIL_MAX = 254;
/** A person's name on an account, and an API token's name. */
export const PERSON_NAME_MAX = 100;
export const TOKEN_NAME_MAX = 100;
/** Long passphrases beat complexity rules (NIST SP 800-63B): a minimum length, no composition rules. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
/** A reference to another record (a global id decoded to the store's id). */
export const RECORD_ID_MAX = 200;
/** A period as typed: "2021", "2021-Q2", "2021-01/2021-04". */
export const PERIOD_TEXT_MAX = 40;
/** A search term in a list's filter, and any other text a filter compares with. */
export const SEARCH_MAX = 200;
export const FILTER_TEXT_MAX = 200;

/** The dates Bitgoeul keeps, the same on SQLite and PostgreSQL (`YYYY-MM-DD`, both ends inclusive). */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

/**
 * A facility's capacity in its unit (seats, persons, vehicles a year, PF, MW, m²). The largest real
 * one is a plant's floor area near 10⁶ m²; 10¹² leaves room and keeps every value exact in a double.
 */
export const CAPACITY_MAX = 1e12;
/** A zone's area in pyeong, m² or km² as the source gave it (South Korea is ~1.0 × 10¹¹ m²). */
export const AREA_MAX = 1e12;
/** Progress of a program, in percent. */
export const PROGRESS_MIN = 0;
export const PROGRESS_MAX = 100;
/**
 * A figure (observation or target value) as published, before its multiplier: at most 18 whole
 * digits and 12 decimal places, so that it fits its column (64 characters) and, multiplied out by
 * 조 (10¹²), is still exact.
 */
export const FIGURE_WHOLE_DIGITS_MAX = 18;
export const FIGURE_DECIMAL_PLACES_MAX = 12;
/** A position's altitude in metres, when a boundary gives one (Mount Everest is 8,849 m). */
export const ALTITUDE_MIN = -20_000;
export const ALTITUDE_MAX = 100_000;
/**
 * A zone's outline: positions in all its rings. A district's surveyed boundary runs to a few thousand;
 * 10,000 keeps a stored outline under ~300 KB and its crossing check quick.
 */
export const GEOMETRY_VERTICES_MAX = 10_000;
/** How far `near` may reach, in metres: the width of a metropolitan city and its surroundings. */
export const NEAR_RADIUS_MAX = 100_000;
