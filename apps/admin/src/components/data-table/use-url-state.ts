import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** How a piece of screen state is kept in the URL's search params: read from them, and written back into them. */
export type UrlCodec<T> = {
  readonly read: (params: URLSearchParams) => T;
  /** Writes the state into a copy of the params, leaving params the codec does not own untouched. */
  readonly write: (params: URLSearchParams, value: T) => URLSearchParams;
};

/** Options of a state update: `replace` changes the current history entry instead of adding one (typing). */
export type UrlStateUpdate = { readonly replace?: boolean };

/** Sets the state: a new value or a function of the previous one. */
export type SetUrlState<T> = (next: T | ((previous: T) => T), options?: UrlStateUpdate) => void;

/**
 * State that lives in the URL's search params, so a list can be shared, bookmarked and reloaded as it is, and the
 * browser's back button undoes a page or a sort.
 */
export const useUrlState = <T>(codec: UrlCodec<T>): [T, SetUrlState<T>] => {
  const [params, setParams] = useSearchParams();
  const value = useMemo(() => codec.read(params), [codec, params]);
  const setValue = useCallback<SetUrlState<T>>(
    (next, options) =>
      setParams(
        (previous) => {
          const current = codec.read(previous);
          const resolved = typeof next === 'function' ? (next as (p: T) => T)(current) : next;
          return codec.write(previous, resolved);
        },
        { replace: options?.replace ?? false },
      ),
    [codec, setParams],
  );
  return [value, setValue];
};

/** One sort key of a list: a column id, descending or not. */
export type SortRule = { readonly id: string; readonly desc: boolean };

/** Where the page starts: after a cursor (next page), before one (previous page), or at the start. */
export type PageCursor = { readonly after: string } | { readonly before: string } | null;

/** The state of a server-side list: sort, filters by id, page cursor and page size. */
export type TableState = {
  readonly sort: readonly SortRule[];
  readonly filters: Readonly<Record<string, string>>;
  readonly cursor: PageCursor;
  readonly pageSize: number;
};

/** What a list's URL may hold. */
export type TableStateOptions = {
  /** Prefixes every param, for two lists on one screen (`t1.sort`). */
  readonly prefix?: string;
  /** The ids that may be filtered; other params are not the list's. */
  readonly filterIds: readonly string[];
  /** The ids that may be sorted; other sort keys in the URL are dropped. */
  readonly sortIds: readonly string[];
  readonly pageSizes: readonly number[];
  readonly defaultPageSize: number;
  readonly defaultSort?: readonly SortRule[];
};

const encodeSort = (sort: readonly SortRule[]) => sort.map((s) => (s.desc ? `-${s.id}` : s.id)).join(',');

/**
 * The URL codec of a list: `?sort=name,-nip&size=50&after=…` plus one param per filter id. Unknown sort ids and
 * page sizes fall back to the defaults; values equal to the defaults are left out of the URL.
 */
export const tableStateCodec = (options: TableStateOptions): UrlCodec<TableState> => {
  const p = options.prefix ? `${options.prefix}.` : '';
  const key = { sort: `${p}sort`, size: `${p}size`, after: `${p}after`, before: `${p}before` };
  const defaultSort = options.defaultSort ?? [];
  const reserved = new Set(Object.values(key));
  const clash = options.filterIds.find((id) => reserved.has(`${p}${id}`));
  if (clash) throw new Error(`filter id "${clash}" clashes with a list param`);

  const read = (params: URLSearchParams): TableState => {
    const sortParam = params.get(key.sort);
    const sort: SortRule[] = [];
    for (const part of sortParam === null ? [] : sortParam.split(',')) {
      const rule = part.startsWith('-') ? { id: part.slice(1), desc: true } : { id: part, desc: false };
      if (options.sortIds.includes(rule.id) && !sort.some((s) => s.id === rule.id)) sort.push(rule);
    }
    const size = Number(params.get(key.size));
    const filters: Record<string, string> = {};
    for (const id of options.filterIds) {
      const v = params.get(`${p}${id}`);
      if (v !== null && v !== '') filters[id] = v;
    }
    const after = params.get(key.after);
    const before = params.get(key.before);
    const cursor: PageCursor = after ? { after } : before ? { before } : null;
    return {
      sort: sortParam === null ? defaultSort : sort,
      filters,
      cursor,
      pageSize: options.pageSizes.includes(size) ? size : options.defaultPageSize,
    };
  };

  const write = (params: URLSearchParams, state: TableState): URLSearchParams => {
    const next = new URLSearchParams(params);
    const set = (k: string, v: string | null) => (v === null || v === '' ? next.delete(k) : next.set(k, v));
    const sort = encodeSort(state.sort);
    // `sort=` (empty) is kept: "no sort" must survive a reload when the default sorts
    if (sort === encodeSort(defaultSort)) next.delete(key.sort);
    else next.set(key.sort, sort);
    set(key.size, state.pageSize === options.defaultPageSize ? null : String(state.pageSize));
    for (const id of options.filterIds) set(`${p}${id}`, state.filters[id] ?? null);
    set(key.after, state.cursor && 'after' in state.cursor ? state.cursor.after : null);
    set(key.before, state.cursor && 'before' in state.cursor ? state.cursor.before : null);
    return next;
  };

  return { read, write };
};

/** The state with its page reset to the first: after any change of sort, filter or page size. */
export const firstPage = (state: TableState): TableState => ({ ...state, cursor: null });
