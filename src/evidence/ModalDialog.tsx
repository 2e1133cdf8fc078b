// A modal built on the native <dialog>: focus stays inside, Escape closes it, and focus
// returns to the control that opened it.
import { type ReactNode, useEffect, useRef } from 'react';
import { strings } from '../i18n/strings';

interface ModalDialogProps {
  readonly labelledBy: string;
  readonly onClose: () => void;
  readonly testId: string;
  /** An extra class for a dialog that needs its own size. */
  readonly className?: string;
  readonly children: ReactNode;
}

export function ModalDialog({
  labelledBy,
  onClose,
  testId,
  className,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      aria-labelledby={labelledBy}
      data-testid={testId}
    >
      <div className="modal-bar">
        <button
          type="button"
          className="close-button"
          aria-label={strings.closeDialog}
          onClick={() => onCloseRef.current()}
        >
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
