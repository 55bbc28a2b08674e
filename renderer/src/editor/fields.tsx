// Small form fields for the inspectors. Each change goes to the store, which checks it
// against the schema and may refuse it: the field then keeps what was typed and says why
// beside it. Text fields coalesce typing into one undo entry per field, sealed on blur.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOutcome, FieldProblem } from '../../../shared/journey/editResult';
import { WEEKDAYS } from '../../../shared/journey/primitives';
import { topicsFromText } from '../../../shared/journey/steps/sendEmail';

/** What a field does with a value: apply it (the answer may be a refusal). */
export type OnEdit<T> = (value: T) => EditOutcome | void;

export function Field({ label, children, hint }: { label: string; children: React.ReactNode; hint?: string | null }) {
  return (
    <label className="inspector__field">
      {label}
      {children}
      {hint && <span className="inspector__error" role="alert">{hint}</span>}
    </label>
  );
}

/** A refusal in the UI's language. */
export function useProblemText(): (problem: FieldProblem) => string {
  const { t } = useTranslation();
  return (problem) =>
    problem.reason
      ? t(`fieldProblems.reasons.${problem.reason}`, { defaultValue: t('fieldProblems.invalid') })
      : t(`fieldProblems.${problem.code}`, { count: problem.limit ?? 0, limit: problem.limit });
}

/** Keeps a refused draft (and its reason) until the value is accepted or changes from outside. */
/** The value a draft was typed over is the one its own edit produced, known at the next render. */
const AFTER_THE_EDIT = Symbol('after the edit');

function useDraft<T>(value: T) {
  const [draft, setDraft] = useState<{ text: string; problem: FieldProblem | null; basis: T | typeof AFTER_THE_EDIT } | null>(null);
  // The first render after typing holds the value the edit made (the store applies edits at
  // once): that is what the typing stands for. A change from outside later (undo, another
  // field) replaces whatever was typed — an undo never brings back old typing.
  const pending = draft !== null && draft.basis === AFTER_THE_EDIT;
  if (pending) setDraft({ ...draft, basis: value }); // React re-renders at once with the basis set
  const current = draft && (pending || Object.is(draft.basis, value)) ? draft : null;
  return { draft: current, setDraft: (text: string, problem: FieldProblem | null) => setDraft({ text, problem, basis: AFTER_THE_EDIT }) };
}

export function TextInput({ value, onChange, onDone, testId, placeholder }: { value: string; onChange: OnEdit<string>; onDone?(): void; testId?: string; placeholder?: string }) {
  const { draft, setDraft } = useDraft(value);
  const problemText = useProblemText();
  return (
    <>
      <input
        value={draft?.text ?? value}
        placeholder={placeholder}
        aria-invalid={draft?.problem ? true : undefined}
        onChange={(e) => {
          const outcome = onChange(e.target.value);
          setDraft(e.target.value, outcome && !outcome.ok ? outcome.problem : null);
        }}
        onBlur={onDone}
        data-testid={testId}
      />
      {draft?.problem && <span className="inspector__error" role="alert">{problemText(draft.problem)}</span>}
    </>
  );
}

/** A number field: applies what reads as a number; the store says whether it is in range. */
export function NumberInput({ value, onChange, testId }: { value: number; onChange: OnEdit<number>; testId?: string }) {
  const { t } = useTranslation();
  const { draft, setDraft } = useDraft(value);
  const problemText = useProblemText();
  const text = draft?.text ?? String(value);
  const problem = draft?.problem ?? null;
  const notNumber = draft !== null && problem === null && !isNumberText(draft.text);
  return (
    <>
      <input
        inputMode="decimal"
        value={text}
        aria-invalid={problem !== null || notNumber}
        data-testid={testId}
        onChange={(e) => {
          const typed = e.target.value;
          if (!isNumberText(typed)) return setDraft(typed, null);
          const outcome = onChange(Number(typed));
          setDraft(typed, outcome && !outcome.ok ? outcome.problem : null);
        }}
      />
      {(problem || notNumber) && (
        <span className="inspector__error" role="alert">
          {problem ? problemText(problem) : t('fieldProblems.notNumber')}
        </span>
      )}
    </>
  );
}

const isNumberText = (text: string) => text.trim() !== '' && Number.isFinite(Number(text));

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

/** Options for a select from a schema's list of values, labelled from the catalogue. */
export function useOptions() {
  const { t } = useTranslation();
  return <T extends string>(values: readonly T[], keyOf: (value: T) => string) => values.map((value) => ({ value, label: t(keyOf(value)) }));
}

/** A button whose action the store may refuse (a list at its limit): the reason shows beside it. */
export function ActionButton({ onClick, children, className = 'button', testId }: { onClick(): EditOutcome | void; children: React.ReactNode; className?: string; testId?: string }) {
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const problemText = useProblemText();
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          const outcome = onClick();
          setProblem(outcome && !outcome.ok ? outcome.problem : null);
        }}
        data-testid={testId}
      >
        {children}
      </button>
      {problem && <span className="inspector__error" role="alert">{problemText(problem)}</span>}
    </>
  );
}

/** Weekday checkboxes (1 = Monday … 7 = Sunday); the schema refuses an empty choice. */
export function WeekdayPicker({ value, onChange, labelOf }: { value: readonly number[]; onChange: OnEdit<number[]>; labelOf(day: number): string }) {
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const problemText = useProblemText();
  return (
    <div className="inspector__days">
      {WEEKDAYS.map((d) => (
        <label key={d}>
          <input
            type="checkbox"
            checked={value.includes(d)}
            onChange={(e) => {
              const days = e.target.checked ? [...value, d].sort((a, b) => a - b) : value.filter((x) => x !== d);
              const outcome = onChange(days);
              setProblem(outcome && !outcome.ok ? outcome.problem : null);
            }}
          />
          {labelOf(d)}
        </label>
      ))}
      {problem && <span className="inspector__error" role="alert">{problemText(problem)}</span>}
    </div>
  );
}

/**
 * Topics as comma-separated text. What is typed ("pricing, ") stays as typed while it stands
 * for the stored list; a refused list (too many, too long) stays too, with the reason.
 */
export function TopicsInput({ topics, onChange, onDone, testId = 'email-step-topics' }: { topics: readonly string[]; onChange: OnEdit<string>; onDone?(): void; testId?: string }) {
  const joined = topics.join(', ');
  const [draft, setDraft] = useState<{ typed: string; standsFor: string; problem: FieldProblem | null } | null>(null);
  const problemText = useProblemText();
  const current = draft && draft.standsFor === joined ? draft : null;
  return (
    <>
      <input
        value={current?.typed ?? joined}
        aria-invalid={current?.problem ? true : undefined}
        data-testid={testId}
        onChange={(e) => {
          const typed = e.target.value;
          const outcome = onChange(typed);
          const parsed = topicsFromText(typed);
          const accepted = !outcome || outcome.ok;
          setDraft({ typed, standsFor: accepted && parsed.ok ? parsed.value.join(', ') : joined, problem: outcome && !outcome.ok ? outcome.problem : null });
        }}
        onBlur={onDone}
      />
      {current?.problem && <span className="inspector__error" role="alert">{problemText(current.problem)}</span>}
    </>
  );
}
