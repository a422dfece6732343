import { describe, expect, it } from 'vitest';
import { tableStateCodec } from '../data-table/use-url-state.js';
import { readViews, viewSearch, viewState, withoutView, withView } from './saved-views.js';

const codec = tableStateCodec({
  filterIds: ['q', 'kind'],
  sortIds: ['name', 'jp'],
  pageSizes: [10, 25],
  defaultPageSize: 25,
  defaultSort: [{ id: 'name', desc: false }],
});
const memory = (value: string | null) => ({ getItem: () => value });

describe('saved views', () => {
  it('keep the filters, sort and page size of a list but not the page it was on', () => {
    const state = {
      filters: { q: 'data', kind: 'TECHNICAL' },
      sort: [{ id: 'jp', desc: true }],
      pageSize: 10,
      cursor: { after: 'c9' },
    };
    const search = viewSearch(codec, state);
    expect(search).toBe('sort=-jp&size=10&q=data&kind=TECHNICAL');
    expect(viewState(codec, { name: 'Teknis', search })).toEqual({ ...state, cursor: null });
  });

  it('replace a view of the same name, ignoring case and surrounding spaces, and keep the order', () => {
    const views = [
      { name: 'Teknis', search: 'kind=TECHNICAL' },
      { name: 'IT', search: 'q=data' },
    ];
    expect(withView(views, { name: ' teknis ', search: 'kind=TECHNICAL&sort=-jp' })).toEqual([
      { name: 'teknis', search: 'kind=TECHNICAL&sort=-jp' },
      { name: 'IT', search: 'q=data' },
    ]);
    expect(withView(views, { name: 'Baru', search: '' })).toHaveLength(3);
    expect(withoutView(views, 'IT')).toEqual([{ name: 'Teknis', search: 'kind=TECHNICAL' }]);
  });

  it('read as none when the stored value is missing, not JSON or of another shape', () => {
    expect(readViews(memory(null), 'k')).toEqual([]);
    expect(readViews(memory('{oops'), 'k')).toEqual([]);
    expect(readViews(memory('[{"name":""}]'), 'k')).toEqual([]);
    expect(readViews(undefined, 'k')).toEqual([]);
    expect(readViews(memory('[{"name":"A","search":"q=x"}]'), 'k')).toEqual([{ name: 'A', search: 'q=x' }]);
  });
});
