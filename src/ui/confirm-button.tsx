import { useEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
}

/** A deliberate two-step action: the first press asks, the second (focused for keyboard users) does it. */
export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend>{question}</legend>
      <div class="row">
        <button
          ref={confirmRef}
          type="button"
          class="primary"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {cancelLabel}
        </button>
      </div>
    </fieldset>
  );
}
