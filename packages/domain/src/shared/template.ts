/**
 * Fills a message's `{name}` placeholders from `params`; a placeholder with no value becomes empty.
 * Every bilingual message in Bitgoeul (domain issues, the API's refusals, import errors) is worded
 * this way, so that a translator sees the whole sentence and the code supplies only the values.
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number | undefined>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
