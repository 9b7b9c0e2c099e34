/**
 * Username and password. Checks for empty fields before calling the server, then shows the
 * server's answer (wrong credentials, throttled, …) as a translated message with role="alert".
 */
import { type FormEvent, useState } from 'react';
import { Button, TextInput } from 'suomifi-ui-components';
import { useSession } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

interface FieldErrors {
  username?: MessageKey;
  password?: MessageKey;
}

export function LoginForm() {
  const t = useT();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!username.trim()) errors.username = 'login.usernameRequired';
    if (!password) errors.password = 'login.passwordRequired';
    setFieldErrors(errors);
    setError(null);
    if (errors.username || errors.password) return;
    setSubmitting(true);
    try {
      await signIn(username.trim(), password);
    } catch (caught) {
      setError(caught);
      setPassword('');
      setSubmitting(false);
    }
  }

  return (
    <form className="login-form" onSubmit={onSubmit} noValidate>
      <TextInput
        labelText={t('login.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        fullWidth
        value={username}
        onChange={(value) => setUsername(String(value ?? ''))}
        status={fieldErrors.username ? 'error' : 'default'}
        statusText={fieldErrors.username ? t(fieldErrors.username) : undefined}
      />
      <TextInput
        labelText={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        fullWidth
        value={password}
        onChange={(value) => setPassword(String(value ?? ''))}
        status={fieldErrors.password ? 'error' : 'default'}
        statusText={fieldErrors.password ? t(fieldErrors.password) : undefined}
      />
      {error !== null && <ErrorAlert error={error} />}
      {submitting ? (
        <Button type="submit" fullWidth loading ariaLoadingText={t('login.submitting')}>
          {t('login.submitting')}
        </Button>
      ) : (
        <Button type="submit" fullWidth>
          {t('login.submit')}
        </Button>
      )}
    </form>
  );
}
