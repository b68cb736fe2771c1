import type { ReactNode } from 'react';
import { AuditPage } from './pages/audit';
import { DevicePage } from './pages/device';
import { DevicesPage } from './pages/devices';
import { KeysPage } from './pages/keys';
import { ReleasePage } from './pages/release';
import { ReleasesPage } from './pages/releases';
import { RolloutPage } from './pages/rollout';
import { RolloutsPage } from './pages/rollouts';
import { Link, match, usePath } from './router';
import { useSession } from './session';

const NAV = [
  { to: '/', label: 'Rollouts', section: '/rollouts' },
  { to: '/releases', label: 'Releases', section: '/releases' },
  { to: '/devices', label: 'Devices', section: '/devices' },
  { to: '/audit', label: 'Audit log', section: '/audit' },
  { to: '/keys', label: 'Keys', section: '/keys' },
];

function page(path: string): ReactNode {
  let p: Record<string, string> | undefined;
  if (path === '/' || path === '/rollouts') return <RolloutsPage />;
  if ((p = match('/rollouts/:id', path))) return <RolloutPage id={p.id} />;
  if (path === '/releases') return <ReleasesPage />;
  if ((p = match('/releases/:id', path))) return <ReleasePage id={p.id} />;
  if (path === '/devices') return <DevicesPage />;
  if ((p = match('/devices/:id', path))) return <DevicePage id={p.id} />;
  if (path === '/audit') return <AuditPage />;
  if (path === '/keys') return <KeysPage />;
  return (
    <>
      <h1>Not found</h1>
      <p>
        Nothing at this address. <Link to="/">Back to the rollouts</Link>.
      </p>
    </>
  );
}

export function Layout({ onSignOut }: { onSignOut(): void }) {
  const path = usePath();
  const { me } = useSession();
  const current = (n: (typeof NAV)[number]) => (n.to === '/' ? path === '/' || path.startsWith('/rollouts') : path.startsWith(n.section));
  return (
    <>
      <header className="top">
        <span className="brand">OTA console</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                <Link to={n.to} aria-current={current(n) ? 'page' : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who" data-testid="who">
          Signed in as <strong>{me.user.name}</strong> <span className="muted">({me.user.roles.join(', ')})</span>
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main>{page(path)}</main>
    </>
  );
}
