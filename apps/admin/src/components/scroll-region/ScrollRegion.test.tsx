import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { ScrollRegion } from './ScrollRegion.js';

describe('ScrollRegion', () => {
  it('is a named region in the tab order, so a keyboard can scroll the wide table inside it', async () => {
    const { user } = renderWithApp(
      <ScrollRegion label="Perpindahan kotak talenta">
        <table>
          <tbody>
            <tr>
              <td>9</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>,
    );
    const region = await screen.findByRole('region', {
      name: 'Perpindahan kotak talenta (dapat digeser ke samping)',
    });
    await user.tab();
    expect(region).toHaveFocus();
    expect(region).toContainElement(screen.getByRole('table'));
  });
});
