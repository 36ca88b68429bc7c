import type { Locale } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';

/** What every resolver sees: its own EntityManager fork and the caller's language. */
export interface Context {
  em: EntityManager;
  locale: Locale;
}
