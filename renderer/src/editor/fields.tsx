// Small form fields for the inspector. Text fields coalesce typing into one undo entry per
// field and seal it on blur; numbers are applied only when they are valid.
import { useState } from 'react';

export function Field({ label, children, hint }: { label: string; children: React.ReactNode; hint?: string | null }) {
  return (
    <label className="inspector__field">
      {label}
      {children}
      {hint && <span className="inspector__error" role="alert">{hint}</span>}
    </label>
  );
}

export function TextInput({ value, onChange, onDone, testId, maxLength = 500 }: { value: string; onChange(v: string): void; onDone?(): void; testId?: string; maxLength?: number }) {
  return <input value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} onBlur={onDone} data-testid={testId} />;
}

export function NumberInput({
  value,
  onChange,
  min,
  max,
  integer = false,
  testId,
  invalidText,
}: {
  value: number;
  onChange(v: number): void;
  min?: number;
  max?: number;
  integer?: boolean;
  testId?: string;
  invalidText: string;
}) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The value changed from outside (undo, another field): show it.
    setShown(value);
    setText(String(value));
  }
  const n = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(n) && (!integer || Number.isInteger(n)) && (min === undefined || n >= min) && (max === undefined || n <= max);
  return (
    <>
      <input
        inputMode="decimal"
        value={text}
        aria-invalid={!valid}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          const next = Number(e.target.value);
          const ok = e.target.value.trim() !== '' && Number.isFinite(next) && (!integer || Number.isInteger(next)) && (min === undefined || next >= min) && (max === undefined || next <= max);
          if (ok) {
            setShown(next);
            onChange(next);
          }
        }}
      />
      {!valid && <span className="inspector__error" role="alert">{invalidText}</span>}
    </>
  );
}

export function Select<T extends string>({ value, options, onChange, testId }: { value: T; options: readonly { value: T; label: string }[]; onChange(v: T): void; testId?: string }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Weekday checkboxes (1 = Monday … 7 = Sunday); at least one day always stays chosen. */
export function WeekdayPicker({ value, onChange, labelOf }: { value: readonly number[]; onChange(days: number[]): void; labelOf(day: number): string }) {
  return (
    <div className="inspector__days">
      {[1, 2, 3, 4, 5, 6, 7].map((d) => (
        <label key={d}>
          <input
            type="checkbox"
            checked={value.includes(d)}
            onChange={(e) => {
              const days = e.target.checked ? [...value, d].sort() : value.filter((x) => x !== d);
              if (days.length > 0) onChange(days);
            }}
          />
          {labelOf(d)}
        </label>
      ))}
    </div>
  );
}
