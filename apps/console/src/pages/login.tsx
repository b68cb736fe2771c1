import { useState, type FormEvent } from 'react';
import type { Me } from '../api/types';
import { signIn } from '../session';

/** D5: each person signs in with their own admin token (`ota-admin` or POST /admin/v1/me/tokens makes one). */
export function LoginPage({ onSignedIn }: { onSignedIn(me: Me): void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await signIn(token.trim()));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="login">
      <h1>OTA console</h1>
      <form onSubmit={submit}>
        <label>
          Admin token
          <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required />
        </label>
        <p className="muted">Your own token: it is kept in this browser tab only, and every action is recorded under your name.</p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
