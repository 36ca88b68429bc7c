import type { Locale } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { Caller } from '../auth/accounts.js';

/** What every resolver sees: its own EntityManager fork, the caller's language, and who is calling. */
export interface Context {
  em: EntityManager;
  locale: Locale;
  caller: Caller;
}
