import { Box } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A box that scrolls a wide table sideways on a narrow screen. It is a named region in the tab order, so a keyboard
 * user can reach it and scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export const ScrollRegion = ({ label, children }: { label: string; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <Box
      role="region"
      aria-label={t('common.scrollRegion', { name: label })}
      tabIndex={0}
      style={{ overflowX: 'auto' }}
    >
      {children}
    </Box>
  );
};
