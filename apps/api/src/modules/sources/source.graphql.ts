import { builder } from '../../graphql/builder.js';
import { MissingRecord } from '../../graphql/errors.js';
import { Source, type SourceEntity } from './source.entity.js';

export const SourceRef = builder.loadableNode('Source', {
  description:
    'A document facts are taken from (출처): a press article, official statistics, a gazette notice.',
  id: { resolve: (source: SourceEntity) => source.id },
  load: async (ids: string[], ctx) => {
    const rows = await ctx.em.find(Source, { id: { $in: ids } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new MissingRecord('Source', id));
  },
  fields: (t) => ({
    code: t.exposeString('code'),
    kind: t.exposeString('kind', { description: 'PRESS, OFFICIAL_STATISTICS, GAZETTE or INTERNAL.' }),
    title: t.exposeString('title'),
    publisher: t.exposeString('publisher', { nullable: true }),
    author: t.exposeString('author', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    publishedOn: t.expose('publishedOn', { type: 'Date', nullable: true }),
    retrievedOn: t.expose('retrievedOn', { type: 'Date', nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});
