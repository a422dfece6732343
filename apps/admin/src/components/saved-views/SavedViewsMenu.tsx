import { Button, CloseButton, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableState, UrlCodec } from '../data-table/use-url-state.js';
import { useSavedViews, VIEW_NAME_MAX, viewSearch, viewState } from './saved-views.js';

/**
 * Saved views of a list: a menu of named filter and sort sets kept on this browser (localStorage under
 * `storageKey`); choosing one applies it, "save" names the current state, and the dialog deletes views.
 */
export const SavedViewsMenu = ({
  storageKey,
  codec,
  state,
  onApply,
}: {
  storageKey: string;
  codec: UrlCodec<TableState>;
  state: TableState;
  onApply: (state: TableState) => void;
}) => {
  const { t } = useTranslation();
  const { views, save, remove } = useSavedViews(storageKey);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const current = viewSearch(codec, state);
  const trimmed = name.trim();
  const error = trimmed.length > VIEW_NAME_MAX ? t('savedViews.nameTooLong', { max: VIEW_NAME_MAX }) : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!trimmed || error) return;
    save({ name: trimmed, search: current });
    setName('');
    setSaving(false);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default">
            {t('savedViews.menu', { count: views.length })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views.length === 0 ? (
            <Menu.Label>{t('savedViews.none')}</Menu.Label>
          ) : (
            views.map((v) => (
              <Menu.Item
                key={v.name}
                onClick={() => onApply(viewState(codec, v))}
                fw={v.search === current ? 700 : undefined}
                aria-current={v.search === current ? 'true' : undefined}
              >
                {v.name}
              </Menu.Item>
            ))
          )}
          <Menu.Divider />
          <Menu.Item onClick={() => setSaving(true)}>{t('savedViews.save')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={saving} onClose={() => setSaving(false)} title={t('savedViews.saveTitle')}>
        <Stack gap="md">
          <form onSubmit={submit}>
            <Stack gap="sm">
              <TextInput
                label={t('savedViews.name')}
                description={t('savedViews.nameHint')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={error}
                required
                data-autofocus
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setSaving(false)}>
                  {t('confirm.cancel')}
                </Button>
                <Button type="submit" disabled={!trimmed || error !== undefined}>
                  {t('savedViews.saveButton')}
                </Button>
              </Group>
            </Stack>
          </form>
          {views.length > 0 && (
            <Stack gap={4} component="section" aria-label={t('savedViews.existing')}>
              <Text size="sm" fw={600}>
                {t('savedViews.existing')}
              </Text>
              {views.map((v) => (
                <Group key={v.name} justify="space-between" wrap="nowrap">
                  <Text size="sm">{v.name}</Text>
                  <CloseButton
                    size="sm"
                    aria-label={t('savedViews.delete', { name: v.name })}
                    onClick={() => remove(v.name)}
                  />
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
      </Modal>
    </>
  );
};
