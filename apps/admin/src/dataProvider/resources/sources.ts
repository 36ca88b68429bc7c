import { SourceKind } from '@bitgoeul/domain';
import { code, excludeIds, search } from '../filterRules';
import type { ResourceDefinition } from '../resourceDefinition';

/** A source as the admin holds it: one title and publisher as published, the dates as YYYY-MM-DD. */
export interface SourceRecord {
  id: string;
  code: string;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  publishedOn: string | null;
  retrievedOn: string | null;
  note: string | null;
  usedBy: { type: string; count: number }[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const sourcesResource: ResourceDefinition = {
  name: 'sources',
  typeName: 'Source',
  plural: 'Sources',
  codeLists: { kind: SourceKind },
  selection: `
    id
    code
    kind
    title
    publisher
    author
    url
    publishedOn
    retrievedOn
    note
    usedBy { type count }
    version
    createdAt
    updatedAt`,
  inputFields: ['code', 'kind', 'title', 'publisher', 'author', 'url', 'publishedOn', 'retrievedOn', 'note'],
  orderFields: {
    code: 'CODE',
    title: 'TITLE',
    kind: 'KIND',
    publisher: 'PUBLISHER',
    publishedOn: 'PUBLISHED_ON',
    createdAt: 'CREATED_AT',
    updatedAt: 'UPDATED_AT',
  },
  filters: {
    q: search(),
    kind: code('kind'),
    excludeIds: excludeIds(),
  },
};
