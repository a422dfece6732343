import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { ConfirmDialog } from './ConfirmDialog.js';

const dialog = (props: Partial<Parameters<typeof ConfirmDialog>[0]> = {}) => {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const view = renderWithApp(
    <ConfirmDialog
      opened
      title="Hapus 3 peserta?"
      message="Tindakan ini tidak dapat dibatalkan."
      confirmLabel="Hapus"
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
      {...props}
    />,
  );
  return { ...view, onConfirm, onCancel };
};

describe('ConfirmDialog', () => {
  it('is a modal dialog named by its title, focus on Cancel so that Enter never confirms by accident', async () => {
    dialog();
    const d = screen.getByRole('dialog', { name: 'Hapus 3 peserta?' });
    expect(d).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByText('Tindakan ini tidak dapat dibatalkan.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Batal' })).toHaveFocus());
  });

  it('confirms with its confirm button', async () => {
    const { user, onConfirm, onCancel } = dialog();
    await user.click(screen.getByRole('button', { name: 'Hapus' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('cancels with Escape and with Cancel', async () => {
    const { user, onConfirm, onCancel } = dialog();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Batal' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('cannot be dismissed while the action runs', async () => {
    const { user, onCancel } = dialog({ busy: true });
    await user.keyboard('{Escape}');
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Batal' })).toBeDisabled();
  });

  it('says "Lanjutkan" when no confirm label is given', () => {
    dialog({ confirmLabel: undefined as unknown as string });
    expect(screen.getByRole('button', { name: 'Lanjutkan' })).toBeInTheDocument();
  });
});
