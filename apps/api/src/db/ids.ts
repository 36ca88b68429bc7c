const STORE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every stored id is a UUID. A well-formed global id can still carry something else
 * (`Zone:abc`); such an id names no record, and PostgreSQL would refuse it in a uuid comparison.
 */
export function isStoreId(id: string): boolean {
  return STORE_ID.test(id);
}
