/** What other modules may use of accounts: everything else in this folder is its own. */
export { ACCOUNT_LABELS, TOKEN_LABELS } from './account-errors.js';
export { UserRef } from './user.graphql.js';
