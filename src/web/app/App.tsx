/** Chooses between the start-up spinner, the sign-in page and the signed-in shell. */
import { Loading } from '../components/Loading.tsx';
import { LoginPage } from '../features/login/LoginPage.tsx';
import { Shell } from './Shell.tsx';
import { useSession } from './session.tsx';

export function App() {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signedOut') return <LoginPage reason={state.reason} />;
  return <Shell />;
}
