// Fields of the Sales and Costs tabs: numbers typed in the UI's language (a German "0,05"
// or "25.000" works, see numberText.ts), percentages whose limits are told as percent, per-grade tables whose problems show
// under the row, and labels with a short hint of what a figure means. The store still decides:
// a refused value stays as typed, with the reason.
import { Fragment, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOutcome, FieldProblem } from '../../../../shared/journey/editResult';
import { FIT_GRADES, type FitGrade } from '../../../../shared/journey/primitives';
import { percentOf } from '../../../../shared/sales/edits';
import type { Currency, SalesModel } from '../../../../shared/sales/schema';
import { useProblemText } from '../fields';
import { numberText, parseNumberText } from './numberText';
import type { useJourneyPart } from './useJourneyPart';

interface Draft {
  text: string;
  problem: FieldProblem | null;
  /** The stored value the draft was typed over; a change from outside (undo) replaces the draft. */
  basis: number;
}

/** A refusal in the UI's language; for percent fields the limits (shares in the model) are told as percent. */
function useNumberProblemText() {
  const { t } = useTranslation();
  const base = useProblemText();
  return (problem: FieldProblem, percent: boolean): string => {
    if (percent && problem.code === 'tooLarge') return t('salesSettings.problems.tooLargePercent', { limit: percentOf(problem.limit ?? 1) });
    if (percent && problem.code === 'tooSmall') return t('salesSettings.problems.tooSmallPercent', { limit: percentOf(problem.limit ?? 0) });
    return base(problem);
  };
}

export interface NumberFieldOptions {
  /** The value is a percentage of a share the model keeps (0–1). */
  percent?: boolean;
  /** For inputs without a visible label of their own (table cells). */
  ariaLabel?: string;
  testId?: string;
}

export interface NumberField {
  input: ReactNode;
  /** Why the typed value is not applied, or null. */
  error: ReactNode;
}

export type NumberFields = (key: string, value: number, apply: (value: number) => EditOutcome, options?: NumberFieldOptions) => NumberField;

/**
 * Number inputs whose refused drafts are kept per key for the whole form, so a table can show
 * a cell's problem under its row. Each input seals its undo entry on blur.
 */
export function useNumberFields(seal: () => void): NumberFields {
  const { t, i18n } = useTranslation();
  const problemText = useNumberProblemText();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const language = i18n.language;
  // This render's way to apply each field, and its stored value: a refused figure (accepted
  // 80 % while rejected is 25 %) is tried again once another field makes room for it, so what
  // the field shows is what is saved.
  const latest = useRef(new Map<string, { value: number; apply: (value: number) => EditOutcome }>());
  // After every render on purpose: any field's edit may make room. It only sets state when a
  // retry succeeds, which removes that draft, so it settles.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    for (const [key, draft] of Object.entries(drafts)) {
      const field = latest.current.get(key);
      const parsed = parseNumberText(draft.text, language);
      if (!draft.problem || !field || !Object.is(field.value, draft.basis) || parsed === null) continue;
      if (field.apply(parsed).ok) setDrafts(({ [key]: _dropped, ...others }) => others);
    }
  });
  return (key, value, apply, options = {}) => {
    latest.current.set(key, { value, apply });
    const kept = drafts[key];
    const draft = kept && Object.is(kept.basis, value) ? kept : null;
    const notNumber = draft !== null && draft.problem === null && parseNumberText(draft.text, language) === null;
    const message = draft?.problem ? problemText(draft.problem, options.percent ?? false) : notNumber ? t('fieldProblems.notNumber') : null;
    return {
      input: (
        <input
          inputMode="decimal"
          value={draft?.text ?? numberText(value, language)}
          aria-invalid={message !== null}
          aria-label={options.ariaLabel}
          data-testid={options.testId}
          onBlur={seal}
          onChange={(e) => {
            const typed = e.target.value;
            const parsed = parseNumberText(typed, language);
            const outcome = parsed === null ? null : apply(parsed);
            // An applied change shows the stored value from now on: a draft kept over the old
            // value would come back when an undo restores that value.
            const applied = outcome?.ok === true && parsed !== value;
            setDrafts(({ [key]: _dropped, ...others }) => (applied ? others : { ...others, [key]: { text: typed, problem: outcome && !outcome.ok ? outcome.problem : null, basis: value } }));
          }}
        />
      ),
      error: message && (
        <span className="inspector__error" role="alert">
          {message}
        </span>
      ),
    };
  };
}

/** A labelled field with a short hint under it (the hint is not part of the label). */
export function HintedField({ label, hint, children, testId }: { label: string; hint?: string | null; children: ReactNode; testId?: string }) {
  return (
    <div className="inspector__field" data-testid={testId}>
      <label className="sales-form__label">
        {label}
        {children}
      </label>
      {hint && <span className="inspector__hint">{hint}</span>}
    </div>
  );
}

/** A labelled number field with its hint. */
export function NumberFieldWithHint({ label, hint, field }: { label: string; hint?: string | null; field: NumberField }) {
  return (
    <HintedField label={label} hint={hint}>
      {field.input}
      {field.error}
    </HintedField>
  );
}

export interface GradeColumn {
  id: string;
  header: string;
  value(grade: FitGrade): number;
  apply(grade: FitGrade, value: number): EditOutcome;
  percent?: boolean;
}

/** One row per fit grade, one number per column; a read-only last column (e.g. "no answer") is optional. */
export function GradeTable({ id, columns, fields, extra, testId }: { id: string; columns: GradeColumn[]; fields: NumberFields; extra?: { header: string; value(grade: FitGrade): string }; testId?: string }) {
  const { t } = useTranslation();
  const width = columns.length + (extra ? 1 : 0);
  return (
    <table className="grade-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('salesSettings.grade')}</th>
          {columns.map((c) => (
            <th key={c.id} scope="col">
              {c.header}
            </th>
          ))}
          {extra && (
            <th scope="col" className="grade-table__extra">
              {extra.header}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {FIT_GRADES.map((grade) => {
          const cells = columns.map((c) =>
            fields(`${id}-${c.id}-${grade}`, c.value(grade), (v) => c.apply(grade, v), {
              percent: c.percent ?? false,
              ariaLabel: t(c.percent ? 'salesSettings.cellLabelPercent' : 'salesSettings.cellLabel', { grade, column: c.header }),
              testId: `${id}-${c.id}-${grade}`,
            }),
          );
          const errors = cells.filter((c) => c.error);
          return (
            <Fragment key={grade}>
              <tr>
                <th scope="row">{grade}</th>
                {cells.map((cell, i) => (
                  <td key={columns[i]!.id}>
                    {columns[i]!.percent ? (
                      <span className="grade-table__percent">
                        {cell.input}
                        <span aria-hidden="true">%</span>
                      </span>
                    ) : (
                      cell.input
                    )}
                  </td>
                ))}
                {extra && <td className="grade-table__extra">{extra.value(grade)}</td>}
              </tr>
              {errors.length > 0 && (
                <tr className="grade-table__problem">
                  <td />
                  <td colSpan={width}>{errors.map((cell, i) => <Fragment key={i}>{cell.error}</Fragment>)}</td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

/** Amounts in the journey's currency, in the UI's language. */
export function useMoney(currency: Currency) {
  const { i18n } = useTranslation();
  // Whole amounts without cents; others with both digits (€112.50, not €112.5).
  const whole = new Intl.NumberFormat(i18n.language, { style: 'currency', currency, maximumFractionDigits: 0 });
  const cents = new Intl.NumberFormat(i18n.language, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    symbol: whole.formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency,
    format: (amount: number) => (Number.isInteger(amount) ? whole : cents).format(amount),
  };
}

/** How a section of the Sales tab replaces the sales model (checked by the store). */
export type SetSales = ReturnType<typeof useJourneyPart<'sales'>>['set'];

export interface SectionProps {
  m: SalesModel;
  set: SetSales;
  fields: NumberFields;
}
