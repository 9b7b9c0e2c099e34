/** Chooses between the start-up spinner, the sign-in page and the signed-in shell. */
import { Loading } from '../components/Loading.tsx';
import { LoginPage } from '../features/login/LoginPage.tsx';
import { LiveNotifications } from '../features/notifications/LiveNotifications.tsx';
import { Shell } from './Shell.tsx';
import { useSession } from './session.tsx';

export function App() {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedOut') return <LoginPage reason={state.reason} />;
  // One live event stream per signed-in tab; signing out unmounts it, which closes the stream.
  return (
    <LiveNotifications>
      <Shell />
    </LiveNotifications>
  );
}
