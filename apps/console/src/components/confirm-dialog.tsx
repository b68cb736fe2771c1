import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  /** A reason field (required when `reasonRequired`); it goes to the audit log with the action (D5). */
  reason: 'none' | 'optional' | 'required';
  danger?: boolean;
}

/** Every action asks first (D9: the actions with confirmation), in a modal <dialog> the keyboard can leave. */
export function ConfirmDialog({
  request,
  onConfirm,
  onClose,
}: {
  request: ConfirmRequest | undefined;
  onConfirm(reason: string | undefined): Promise<void>;
  onClose(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const ids = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      setReason('');
      setError(undefined);
      dialog.showModal();
    }
    if (!request && dialog.open) dialog.close();
  }, [request]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm(reason.trim() || undefined);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog ref={ref} aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-body`} onClose={onClose}>
      {request && (
        <form onSubmit={submit}>
          <h2 id={`${ids}-title`}>{request.title}</h2>
          <p id={`${ids}-body`}>{request.body}</p>
          {request.reason !== 'none' && (
            <label>
              Reason{request.reason === 'required' ? ' (required, goes to the audit log)' : ' (optional, goes to the audit log)'}
              <textarea value={reason} onChange={(e) => setReason(e.target.value)} required={request.reason === 'required'} rows={3} />
            </label>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="dialog-buttons">
            <button type="button" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button type="submit" className={request.danger ? 'danger' : 'primary'} disabled={busy}>
              {request.confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
