import { useApolloClient } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  AppShell,
  Burger,
  Button,
  Group,
  Loader,
  NativeSelect,
  NavLink,
  Text,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router';
import { EmployeeSearch } from '../features/employees/EmployeeSearch.js';
import { changeLanguage, LANGUAGES, type Language, toLanguage } from '../i18n/i18n.js';
import { useSession } from '../session/session-context.js';
import { SignOutMutation } from '../session/viewer-api.js';
import { SIGN_IN_PATH, screensFor } from './navigation.js';

/** Switches between Indonesian and English; the choice is remembered on this browser. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      size="xs"
      aria-label={t('shell.language')}
      value={toLanguage(i18n.language)}
      data={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      onChange={(e) => void changeLanguage(i18n, e.currentTarget.value as Language)}
    />
  );
};

const SunIcon = () => (
  <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
  </svg>
);
const MoonIcon = () => (
  <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
  </svg>
);

/** Light or dark; Mantine remembers the choice. */
export const ColorSchemeToggle = () => {
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const label = scheme === 'dark' ? t('shell.toLight') : t('shell.toDark');
  return (
    <ActionIcon
      variant="default"
      size="lg"
      aria-label={label}
      title={label}
      onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
    >
      {scheme === 'dark' ? <SunIcon /> : <MoonIcon />}
    </ActionIcon>
  );
};

/** The frame of every signed-in screen: header with search, language and theme, role-aware navigation, content. */
export const Shell = () => {
  const { t } = useTranslation();
  const { viewer, signOut } = useSession();
  const client = useApolloClient();
  const [signingOut, setSigningOut] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const screens = viewer ? screensFor(viewer) : [];
  // the search opens employees: only for those whose roles open the employee screens
  const canSearch = screens.some((s) => s.id === 'employees');

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Anchor href="#main" className="skip-link">
          {t('shell.skipToContent')}
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')}
            />
            <Anchor component={Link} to="/" fw={700} fz="lg" underline="never" c="inherit">
              {t('app.name')}
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {canSearch && <EmployeeSearch />}
            <LanguageSwitch />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('shell.mainNavigation')}>
        <AppShell.Section grow>
          {screens.map((s) => (
            <NavLink
              key={s.id}
              component={RouterNavLink}
              to={s.path}
              end={s.path === '/'}
              label={t(`nav.${s.id}`)}
              active={s.path === '/' ? location.pathname === '/' : location.pathname.startsWith(s.path)}
              onClick={close}
            />
          ))}
        </AppShell.Section>
        {viewer && (
          <AppShell.Section>
            <Text size="sm" fw={600}>
              {viewer.name}
            </Text>
            <Text size="xs" c="dimmed">
              {viewer.instansi.name}
            </Text>
            <Text size="xs" c="dimmed">
              {viewer.roles.map((r) => t(`role.${r}`)).join(', ')}
            </Text>
            <Button
              mt="xs"
              size="xs"
              variant="default"
              fullWidth
              loading={signingOut}
              onClick={async () => {
                setSigningOut(true);
                try {
                  await client.mutate({ mutation: SignOutMutation });
                } catch {
                  // the server may be unreachable: the app forgets the viewer anyway, the cookie then ends on its own
                } finally {
                  signOut();
                  await client.clearStore();
                  navigate(SIGN_IN_PATH);
                }
              }}
            >
              {t('shell.signOut')}
            </Button>
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<Loader aria-label={t('dataTable.loading')} m="xl" />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
};
