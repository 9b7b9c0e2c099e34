/**
 * A dialog around one action (merge, share, give a reason, …): the title that names it for screen
 * readers, the body, the action's failure, and confirm and cancel buttons — or, once the dialog shows
 * the action's answer, one button that closes it. `useDialogAction` runs the action.
 */
import { type ReactNode, useState } from 'react';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle } from 'suomifi-ui-components';
import { useSmallScreen } from '../app/useSmallScreen.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

interface ActionDialogProps {
  /** The title's id, which labels the dialog. */
  titleId: string;
  title: string;
  className?: string;
  children: ReactNode;
  /** Shown as the usual error alert below the body; a dialog with an alert of its own leaves it out. */
  error?: unknown;
  confirmText: string;
  /** The confirm button's text while the action runs; by default it keeps `confirmText`. */
  busyText?: string;
  busy: boolean;
  /** Confirming is not possible yet (it never is while busy). */
  disabled?: boolean;
  /** Left out when the confirm button submits `form` instead. */
  onConfirm?: () => void;
  form?: string;
  /** The id of the line saying why confirming is not possible yet. */
  describedBy?: string;
  cancelText: string;
  /** The cancel button, and Escape until the dialog is done. */
  onCancel: () => void;
  /** Once the dialog shows the action's answer: the one button left, which Escape presses too. */
  done?: { text: string; onClose: () => void } | null;
  /** Below the buttons, in the footer. */
  footerNote?: ReactNode;
}

export function ActionDialog(props: ActionDialogProps) {
  const { titleId, error = null, busy, busyText = props.confirmText, done } = props;
  const small = useSmallScreen();
  return (
    <Modal
      visible
      appElementId="root"
      variant={small ? 'smallScreen' : 'default'}
      scrollable
      onEscKeyDown={done ? done.onClose : props.onCancel}
      ariaLabelledBy={titleId}
      className={props.className}
    >
      <ModalContent>
        <ModalTitle id={titleId}>{props.title}</ModalTitle>
        {props.children}
        {error !== null && <ErrorAlert error={error} />}
      </ModalContent>
      <ModalFooter>
        {done ? (
          <Button onClick={done.onClose}>{done.text}</Button>
        ) : (
          <>
            <Button
              type={props.form ? 'submit' : 'button'}
              form={props.form}
              disabled={busy || props.disabled}
              onClick={props.onConfirm}
              aria-describedby={props.describedBy}
            >
              {busy ? busyText : props.confirmText}
            </Button>
            <Button variant="secondary" onClick={props.onCancel}>
              {props.cancelText}
            </Button>
          </>
        )}
        {props.footerNote}
      </ModalFooter>
    </Modal>
  );
}

/**
 * Runs the dialog's action: busy from the start, the last failure cleared. A failure is kept and ends
 * busy, so the user may try again; success leaves busy on, since the dialog then closes or shows its
 * answer in place of the button, and the action must not run twice.
 */
export function useDialogAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return { busy, error, run, clearError: () => setError(null) };
}
