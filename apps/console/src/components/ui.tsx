import type { ReactNode } from 'react';
import { ApiProblem } from '../api/client';

export function StateBadge({ state }: { state: string }) {
  return <span className={`badge badge-${state}`}>{state}</span>;
}

/** A titled part of a page; `unavailable` says the server does not offer it (yet) instead of failing the page. */
export function Section({ title, id, children, unavailable }: { title: string; id?: string; children?: ReactNode; unavailable?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-heading`;
  return (
    <section aria-labelledby={headingId} data-section={id}>
      <h2 id={headingId}>{title}</h2>
      {unavailable ? <p className="muted">Not available: {unavailable}</p> : children}
    </section>
  );
}

export function ErrorNote({ error }: { error?: Error }) {
  if (!error) return null;
  const code = error instanceof ApiProblem ? `${error.code}: ` : '';
  return (
    <p role="alert" className="error">
      {code}
      {error.message}
    </p>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" aria-busy="true">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="muted">{children}</p>;
}
