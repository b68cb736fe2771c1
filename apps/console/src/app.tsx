import { useEffect, useState } from 'react';
import type { Me } from './api/types';
import { Layout } from './layout';
import { LoginPage } from './pages/login';
import { abilitiesOf, SessionContext, signIn, signOut, storedToken } from './session';

/** Signed out: the login page. Signed in (a token the server knows, GET /admin/v1/me): the console. */
export function App() {
  const [me, setMe] = useState<Me>();
  const [restoring, setRestoring] = useState(() => storedToken() !== undefined);
  useEffect(() => {
    const token = storedToken();
    if (!token) return;
    signIn(token)
      .then(setMe)
      .catch(() => signOut())
      .finally(() => setRestoring(false));
  }, []);
  if (restoring) return <p className="muted">Signing in…</p>;
  if (!me) return <LoginPage onSignedIn={setMe} />;
  const leave = () => {
    signOut();
    setMe(undefined);
  };
  return (
    <SessionContext.Provider value={{ me, abilities: abilitiesOf(me.user.roles) }}>
      <Layout onSignOut={leave} />
    </SessionContext.Provider>
  );
}
