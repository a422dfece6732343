import { builder } from '../builder.js';
import { implementNode, nodeRef } from './node.js';
import type { DbRow } from './rows.js';

type InstansiRow = DbRow<'instansi'>;

export const InstansiType = nodeRef<InstansiRow>('Instansi', 'instansi');
implementNode(InstansiType, 'instansi', 'A government body (instansi): Pemerintah Kota Tebingtinggi, BKN.', (t) => ({
  code: t.exposeString('code', { description: 'Code (kode instansi).' }),
  name: t.exposeString('name', { description: 'Name (nama instansi).' }),
  kind: t.exposeString('kind', { description: 'PUSAT (central) or DAERAH (regional).' }),
}));

builder.queryFields((t) => ({
  instansis: t.field({
    type: [InstansiType],
    description: 'Every instansi (a short list).',
    resolve: (_, __, ctx) =>
      ctx.db
        .selectFrom('instansi as t')
        .selectAll()
        .where(() => ctx.scope({ table: 'instansi' })('t'))
        .orderBy('name')
        .orderBy('id')
        .execute(),
  }),
}));
