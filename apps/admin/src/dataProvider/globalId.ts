/**
 * The API's global id of a record from the store id an audit snapshot carries (`parentId`, `zoneId`,
 * `indicatorId` …): the Relay encoding the API uses, base64 of `Type:id`. The API's own test of the audit
 * log and `globalId.test.ts` hold the two together.
 */
export const globalIdOf = (typeName: string, storeId: string): string => btoa(`${typeName}:${storeId}`);
