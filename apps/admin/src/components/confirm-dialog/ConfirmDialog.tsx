import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link ConfirmDialog}. */
export type ConfirmDialogProps = {
  readonly opened: boolean;
  readonly title: string;
  readonly message: ReactNode;
  /** The confirm button's label; "Lanjutkan" / "Continue" when not given. */
  readonly confirmLabel?: string;
  /** Paints the confirm button red, for actions that remove or cannot be undone. */
  readonly danger?: boolean;
  /** While the action runs: the confirm button shows a loader and the dialog cannot be dismissed. */
  readonly busy?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};

/**
 * Asks before an action (bulk actions above all). A modal dialog: focus moves into it (to Cancel, so that Enter
 * never confirms by accident), Escape and Cancel close it, and focus returns where it was.
 */
export const ConfirmDialog = ({
  opened,
  title,
  message,
  confirmLabel,
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={() => {
        if (!busy) onCancel();
      }}
      title={title}
      centered
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      withCloseButton={false}
      returnFocus
    >
      <Stack gap="md">
        {typeof message === 'string' ? <Text>{message}</Text> : message}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
            {t('confirm.cancel')}
          </Button>
          <Button {...(danger ? { color: 'red' } : {})} onClick={onConfirm} loading={busy}>
            {confirmLabel ?? t('confirm.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
