// The signed-in screens by path, and which of them a role may open. Screens are loaded on first use, so the
// field worker's phone never downloads the map or the registry. Must not hold feature logic.
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { can, type Permission } from '../../domain/access/roles';
// The alarm console is on the home of its roles already, so its screen is no separate chunk.
import { AlarmsScreen } from '../features/alarms/AlarmConsole';
import { HomeScreen } from '../features/home/HomeScreen';
import type { MessageKey } from './i18n/translate';
import { useI18n } from './i18n/useI18n';
import type { Session } from './session';

const MapScreen = lazy(() => import('../map/MapScreen'));
const RegistryScreen = lazy(() => import('../features/registry/RegistryScreen'));
const CallersScreen = lazy(() => import('../features/registry/CallersScreen'));
const ImportScreen = lazy(() => import('../features/registry/ImportScreen'));
const OrdersScreen = lazy(() => import('../features/orders/OrdersScreen'));
const WorkScreen = lazy(() => import('../features/field/WorkScreen'));
const DevicesScreen = lazy(() => import('../features/devices/DevicesScreen'));

interface Screen {
  path: string;
  /** The link's name in the navigation; screens without one are reached from other screens. */
  nav: Extract<MessageKey, `nav.${string}`>;
  /** Who may open it: one permission, any of several, or everyone signed in (null). */
  permission: Permission | readonly Permission[] | null;
  /** wouter pattern the screen answers to (nested paths included). */
  pattern: string;
  render: () => ReactNode;
}

const screens: readonly Screen[] = [
  {
    path: '/work',
    nav: 'nav.work',
    permission: 'orders.work',
    pattern: '/work/*?',
    render: () => <WorkScreen />,
  },
  {
    path: '/orders',
    nav: 'nav.orders',
    permission: 'orders.dispatch',
    pattern: '/orders/*?',
    render: () => <OrdersScreen />,
  },
  {
    path: '/alarms',
    nav: 'nav.alarms',
    permission: 'alarms.console',
    pattern: '/alarms',
    render: () => <AlarmsScreen />,
  },
  {
    path: '/devices',
    nav: 'nav.devices',
    // Console staff watch devices; the admin registers them.
    permission: ['alarms.console', 'registry.write'],
    pattern: '/devices/*?',
    render: () => <DevicesScreen />,
  },
  { path: '/map', nav: 'nav.map', permission: 'registry.read', pattern: '/map', render: () => <MapScreen /> },
  {
    path: '/registry',
    nav: 'nav.registry',
    permission: 'registry.read',
    pattern: '/registry/*?',
    render: () => <RegistryScreen />,
  },
  {
    path: '/callers',
    nav: 'nav.callers',
    permission: 'callers.classify',
    pattern: '/callers/*?',
    render: () => <CallersScreen />,
  },
  {
    path: '/import',
    nav: 'nav.import',
    permission: 'registry.write',
    pattern: '/import',
    render: () => <ImportScreen />,
  },
];

function screensFor(session: Session): Screen[] {
  return screens.filter((s) => {
    if (s.permission === null) return true;
    const any = typeof s.permission === 'string' ? [s.permission] : s.permission;
    return any.some((p) => can(session.user, p));
  });
}

/** The navigation bar: home and every screen the user's role may open. */
export function AppNav({ session }: { session: Session }) {
  const { t } = useI18n();
  const [location] = useLocation();
  const open = screensFor(session);
  if (open.length === 0) return null;
  // A screen's link stays marked on its nested paths (/registry/residents/…), home only on '/'.
  const linkClass = (path: string) =>
    location === path || location.startsWith(`${path}/`) ? 'app-nav__link app-nav__link--active' : 'app-nav__link';
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <Link href="/" className={linkClass('/')} aria-current={location === '/' ? 'page' : undefined}>
        {t('nav.home')}
      </Link>
      {open.map((s) => (
        <Link
          key={s.path}
          href={s.path}
          data-testid={`nav-${s.path.slice(1)}`}
          className={linkClass(s.path)}
          aria-current={linkClass(s.path).endsWith('--active') ? 'page' : undefined}
        >
          {t(s.nav)}
        </Link>
      ))}
    </nav>
  );
}

/** The screen at the current path; an unknown path or one the role may not open says so plainly. */
export function AppRoutes({ session }: { session: Session }) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="screen-loading" aria-busy="true" />}>
      <Switch>
        <Route path="/">
          <HomeScreen key={session.user.role} session={session} />
        </Route>
        {screensFor(session).map((s) => (
          <Route key={s.path} path={s.pattern}>
            {s.render()}
          </Route>
        ))}
        <Route>
          <main className="not-found" data-testid="not-found">
            <p>{t('nav.notFound')}</p>
            <Link href="/">{t('nav.backHome')}</Link>
          </main>
        </Route>
      </Switch>
    </Suspense>
  );
}
