import { describe, expect, it } from 'vitest';
import { graphiqlAsset, graphiqlPage } from '../src/graphiql.js';

describe('the self-hosted GraphiQL', () => {
  it('serves every script and style the page loads from our own packages, none from a CDN', async () => {
    const page = graphiqlPage();
    const assets = [...page.matchAll(/(?:src|href)="\/graphiql\/([^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.sort()).toEqual(['graphiql.css', 'graphiql.js', 'react-dom.js', 'react.js']);
    for (const name of assets) {
      const asset = await graphiqlAsset(name);
      expect(asset?.body.length, name).toBeGreaterThan(1000);
    }
    expect(page).not.toMatch(/https?:\/\//);
  });
  it('serves nothing else', async () => {
    expect(await graphiqlAsset('../package.json')).toBeNull();
  });
});
