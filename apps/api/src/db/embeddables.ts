import type { CapacityUnit } from '@bitgoeul/domain';
import { defineEntity, type InferEntity } from '@mikro-orm/core';

const p = defineEntity.properties;

/*
 * Values stored as a few columns of their owner's table, named `<prefix><property>`: an entity
 * embeds `description: p.embedded(BilingualText).prefix('description_').nullable()` and keeps its
 * `description_ko` / `description_en` columns. A nullable embedding makes every column nullable and
 * reads back as null when they all are; a required one keeps `ko` NOT NULL.
 */

/** Long Korean text with an optional English version (descriptions, summaries), as `text` columns. */
export const BilingualText = defineEntity({
  name: 'BilingualText',
  embeddable: true,
  properties: {
    ko: p.text(),
    en: p.text().nullable(),
  },
});
export type BilingualTextValue = InferEntity<typeof BilingualText>;

/** A one-line Korean text with an optional English version (an address), up to 300 characters. */
export const BilingualLine = defineEntity({
  name: 'BilingualLine',
  embeddable: true,
  properties: {
    ko: p.string().length(300),
    en: p.string().length(300).nullable(),
  },
});
export type BilingualLineValue = InferEntity<typeof BilingualLine>;

/** What a facility can hold or produce: a positive amount in a unit. */
export const Capacity = defineEntity({
  name: 'Capacity',
  embeddable: true,
  properties: {
    value: p.double().$type<number>(),
    unit: p.string().length(32).$type<CapacityUnit>(),
  },
});
export type CapacityValue = InferEntity<typeof Capacity>;

/** Every embeddable, for the ORM's entity list. */
export const embeddables = [BilingualText, BilingualLine, Capacity];

/**
 * A stored bilingual text in the domain's shape: null when there is no Korean text (a nullable
 * embedding reads back with every column null, or was never set), English null when absent.
 */
export function bilingual(
  text: { ko?: string | null; en?: string | null } | null | undefined,
): { ko: string; en: string | null } | null {
  return text?.ko == null ? null : { ko: text.ko, en: text.en ?? null };
}

/** A stored capacity in the domain's shape: null unless both its amount and its unit are there. */
export function capacityOf(
  capacity: { value?: number | null; unit?: CapacityUnit | null } | null | undefined,
): { value: number; unit: CapacityUnit } | null {
  return capacity?.value == null || capacity.unit == null
    ? null
    : { value: capacity.value, unit: capacity.unit };
}
