/** What running a query answered: its data, or the errors that stopped it. */
export type RunOutcome =
  | { readonly ok: true; readonly data: unknown; readonly errors: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Runs a workbench query on the API as the signed-in analyst (the session cookie, the CSRF header Apollo Server
 * wants), the way GraphiQL does. GraphQL errors come back as messages; a partial answer keeps its data.
 */
export const runQuery = async (
  query: string,
  variables: Record<string, unknown>,
  fetcher: typeof fetch = fetch,
): Promise<RunOutcome> => {
  let response: Response;
  try {
    response = await fetcher('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    return { ok: false, errors: [(e as Error).message] };
  }
  let body: { data?: unknown; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return { ok: false, errors: [`HTTP ${response.status}`] };
  }
  const errors = (body.errors ?? []).map((e) => e.message);
  if (body.data === undefined || body.data === null)
    return { ok: false, errors: errors.length ? errors : [`HTTP ${response.status}`] };
  return { ok: true, data: body.data, errors };
};
