import { createHash } from 'node:crypto';
import { Cursor, type EntityMetadata, type EntityProperty, type QueryOrderMap } from '@mikro-orm/core';
import { badInput } from '../errors.js';

/** A raw fragment's key carries a serial number; the SQL itself is what names the ordering. */
function orderKeyName(key: string): string {
  return key.replace(/ \(#\d+\)$/, '');
}

/** The entity's property an order key names, if it names one (a raw SQL fragment does not). */
export function propertyOf<E extends object>(
  meta: EntityMetadata<E>,
  key: string,
): EntityProperty | undefined {
  return (meta.properties as Record<string, EntityProperty | undefined>)[key];
}

/** A value read back from a keyset cursor must fit its column, or the database would fail on it. */
function fitsColumn(prop: EntityProperty, value: unknown): boolean {
  switch (prop.runtimeType) {
    case 'Date':
      return value instanceof Date && !Number.isNaN(value.getTime());
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      if (typeof value !== 'string') return false;
      if (prop.type === 'uuid')
        return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
      if (prop.type === 'DateType' || prop.type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value);
      return true;
    default:
      return false;
  }
}

/**
 * Cursors of one connection under one ordering. Opaque to clients: base64url of
 * `[ordering, position]`, where the position is MikroORM's keyset cursor (the row's ordered values)
 * or, for orderings paged by offset, the row's offset. The ordering is a short hash of the entity and
 * its order, so a cursor from another connection or another orderBy is refused, not misread.
 */
export class Cursors<E extends object> {
  private readonly ordering: string;

  constructor(
    private readonly meta: EntityMetadata<E>,
    orderBy: readonly QueryOrderMap<E>[],
    private readonly keyset: QueryOrderMap<E>[] | null,
  ) {
    const order = orderBy
      .flatMap((map) => Object.entries(map).map(([key, dir]) => `${orderKeyName(key)} ${String(dir)}`))
      .join(',');
    this.ordering = createHash('sha256')
      .update(`${meta.className}|${order}`)
      .digest('base64url')
      .slice(0, 12);
  }

  encode(position: string | number): string {
    return Buffer.from(JSON.stringify([this.ordering, position])).toString('base64url');
  }

  /** The keyset cursor of a row, whatever way its page was found. */
  forRow(row: E): string {
    return this.encode(Cursor.for(this.meta, row as never, this.keyset as never));
  }

  private position(argument: 'after' | 'before', cursor: string): unknown {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      // Reported below with the argument's name.
    }
    if (!Array.isArray(decoded) || decoded.length !== 2 || decoded[0] !== this.ordering) {
      throw notACursor(argument, cursor);
    }
    return decoded[1];
  }

  /** MikroORM's keyset cursor inside one of ours, checked value by value against the ordered columns. */
  keysetPosition(argument: 'after' | 'before', cursor: string): string {
    const position = this.position(argument, cursor);
    const order = this.keyset!.flatMap((map) => Object.keys(map));
    let values: unknown;
    try {
      values = typeof position === 'string' ? Cursor.decode(position) : null;
    } catch {
      values = null;
    }
    if (
      !Array.isArray(values) ||
      values.length !== order.length ||
      !values.every((value, i) => {
        const prop = propertyOf(this.meta, order[i]!);
        return prop !== undefined && fitsColumn(prop, value);
      })
    ) {
      throw notACursor(argument, cursor);
    }
    return position as string;
  }

  offsetPosition(argument: 'after' | 'before', cursor: string): number {
    const position = this.position(argument, cursor);
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
      throw notACursor(argument, cursor);
    }
    return position;
  }
}

function notACursor(argument: string, cursor: string) {
  return badInput(`${argument}: "${cursor}" is not a cursor from this connection`, { argument });
}
