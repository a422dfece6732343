import { useCallback, useState } from 'react';
import { z } from 'zod';
import { firstPage, type TableState, type UrlCodec } from '../data-table/use-url-state.js';

/** A named set of a list's filters, sort and page size, kept on this browser. */
export type SavedView = { readonly name: string; readonly search: string };

const savedViewsSchema = z.array(z.object({ name: z.string().min(1), search: z.string() }));

/** The longest name a view may have. */
export const VIEW_NAME_MAX = 60;

/** The views stored under a key; anything unreadable (other shape, bad JSON, no storage) counts as none. */
export const readViews = (storage: Pick<Storage, 'getItem'> | undefined, key: string): SavedView[] => {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const parsed = savedViewsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
};

/** The URL search of a list state as a view keeps it: filters, sort and page size, never the page cursor. */
export const viewSearch = (codec: UrlCodec<TableState>, state: TableState): string =>
  codec.write(new URLSearchParams(), firstPage(state)).toString();

/** The list state a view stands for, read through the list's own codec (unknown params are dropped). */
export const viewState = (codec: UrlCodec<TableState>, view: SavedView): TableState =>
  codec.read(new URLSearchParams(view.search));

/** The views with this one added; a view of the same name (ignoring case and spaces around) is replaced in place. */
export const withView = (views: readonly SavedView[], view: SavedView): SavedView[] => {
  const name = view.name.trim();
  const same = (v: SavedView) => v.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase();
  const next = { name, search: view.search };
  return views.some(same) ? views.map((v) => (same(v) ? next : v)) : [...views, next];
};

/** The views without the one of this name. */
export const withoutView = (views: readonly SavedView[], name: string): SavedView[] =>
  views.filter((v) => v.name !== name);

const storage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/** The saved views of one list (by storage key), with save and delete that write through to localStorage. */
export const useSavedViews = (key: string) => {
  const [views, setViews] = useState<SavedView[]>(() => readViews(storage(), key));
  const store = useCallback(
    (next: SavedView[]) => {
      setViews(next);
      try {
        storage()?.setItem(key, JSON.stringify(next));
      } catch {
        // storage may be full or unavailable (private mode); the views then last for this visit only
      }
    },
    [key],
  );
  const save = useCallback((view: SavedView) => store(withView(views, view)), [store, views]);
  const remove = useCallback((name: string) => store(withoutView(views, name)), [store, views]);
  return { views, save, remove };
};
