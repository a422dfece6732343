/** One page of a Relay connection, as far as paging through it needs. */
export type ConnectionPage<Node> = {
  readonly nodes: readonly Node[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
};

/**
 * Every row of a filtered list, asked page after page (`first: 100`, then `after` the last cursor) until the server
 * says there is no next page: what a CSV of "the whole filtered set" needs. `fetchPage` returns null when the
 * answer has no data, which ends the walk with the rows so far.
 */
export const everyPage = async <Node>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<Node> | null>,
  maxPages = 1_000,
): Promise<Node[]> => {
  const rows: Node[] = [];
  let after: string | null = null;
  for (let n = 0; n < maxPages; n++) {
    const page: ConnectionPage<Node> | null = await fetchPage(after);
    if (!page) break;
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return rows;
};
