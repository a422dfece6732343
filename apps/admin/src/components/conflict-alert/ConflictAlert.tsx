import { Alert, Button, Stack, Text } from '@mantine/core';

/**
 * What a screen says when the API answers CONFLICT (someone changed the record since it was read): what happened,
 * and a button that reads it again, so the person decides on what it is now.
 */
export const ConflictAlert = ({
  title,
  message,
  reloadLabel,
  onReload,
}: {
  title?: string;
  message: string;
  reloadLabel: string;
  onReload: () => void | Promise<void>;
}) => (
  <Alert color="red" role="alert" title={title}>
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{message}</Text>
      <Button size="xs" variant="light" onClick={() => void onReload()}>
        {reloadLabel}
      </Button>
    </Stack>
  </Alert>
);
