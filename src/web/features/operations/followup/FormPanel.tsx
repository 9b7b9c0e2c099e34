/**
 * The follow-up tab's small forms: fields, one save button, an optional "saved" notice beside it and the
 * save's error below; `useSave` keeps the error and the notice of the last save.
 */
import { type ReactNode, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

interface FormPanelProps {
  /** A subtitle above the fields. */
  title?: string;
  submitLabel: string;
  onSubmit: () => void;
  disabled?: boolean;
  variant?: 'default' | 'secondary';
  className?: string;
  /** When given (even empty), a status line beside the button that announces it. */
  saved?: string;
  /** The last save's error; leave out when the section shows it elsewhere. */
  error?: unknown;
  children: ReactNode;
}

export function FormPanel({
  title,
  submitLabel,
  onSubmit,
  disabled = false,
  variant = 'default',
  className = 'panel ops-form',
  saved,
  error = null,
  children,
}: FormPanelProps) {
  return (
    <div className={className}>
      {title && <h3 className="ops-form__subtitle">{title}</h3>}
      {children}
      <div className="ops-form__actions">
        <Button variant={variant} disabled={disabled} onClick={onSubmit}>
          {submitLabel}
        </Button>
        {saved !== undefined && (
          <p role="status" className="ops-notice">
            {saved}
          </p>
        )}
      </div>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}

/**
 * Runs a save: clears the last error and notice, then keeps the failure, or `savedText` once the save
 * (and whatever the action does after it, such as reloading) has finished.
 */
export function useSave(savedText = '') {
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const run = async (action: () => Promise<void>) => {
    setError(null);
    setSaved('');
    try {
      await action();
      setSaved(savedText);
    } catch (caught) {
      setError(caught);
    }
  };
  return { error, saved, run };
}
