import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { Checklist } from './Checklist.js';

describe('Checklist', () => {
  it('names each check with its rule, says met or not in words, and gives the detail of what is missing', () => {
    renderWithApp(
      <Checklist
        caption="Kenaikan pangkat"
        checks={[
          { __typename: 'Check', rule: 'MERIT-2', check: 'years-in-rank', ok: false, detail: '2 of 4 years' },
          { __typename: 'Check', rule: 'DISC-2', check: 'no-blocking-sanction', ok: true, detail: 'no sanction' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Kenaikan pangkat' });
    const missing = within(table).getByRole('row', { name: /years-in-rank/ });
    expect(missing).toHaveTextContent('MERIT-2');
    expect(missing).toHaveTextContent('Tidak');
    expect(missing).toHaveTextContent('2 of 4 years');
    expect(within(table).getByRole('row', { name: /no-blocking-sanction/ })).toHaveTextContent('Ya');
  });

  it('says there is nothing to check rather than showing an empty table', () => {
    renderWithApp(<Checklist caption="x" checks={[]} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Tidak ada.')).toBeInTheDocument();
  });
});
