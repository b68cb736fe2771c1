import { createContext, useContext } from 'react';
import { api, unwrap, setToken } from './api/client';
import type { Me, Role } from './api/types';

/** The token stays in this tab only (sessionStorage): closing the tab signs out (D5 tokens are per person). */
const KEY = 'ota-console-token';

export function storedToken(): string | undefined {
  return window.sessionStorage.getItem(KEY) ?? undefined;
}

/** Checks the token with GET /admin/v1/me; keeps it only when the server knows it. */
export async function signIn(token: string): Promise<Me> {
  setToken(token);
  try {
    const me = unwrap(await api.GET('/admin/v1/me'));
    window.sessionStorage.setItem(KEY, token);
    return me;
  } catch (err) {
    setToken(undefined);
    throw err;
  }
}

export function signOut(): void {
  window.sessionStorage.removeItem(KEY);
  setToken(undefined);
}

/** D5 roles: a viewer sees, a release engineer steers, an approver approves; an admin does all. */
export interface Abilities {
  steer: boolean;
  approve: boolean;
}

export function abilitiesOf(roles: readonly Role[]): Abilities {
  const has = (r: Role) => roles.includes(r) || roles.includes('admin');
  return { steer: has('release-engineer'), approve: has('approver') };
}

export const SessionContext = createContext<{ me: Me; abilities: Abilities } | undefined>(undefined);

export function useSession(): { me: Me; abilities: Abilities } {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in console');
  return session;
}
