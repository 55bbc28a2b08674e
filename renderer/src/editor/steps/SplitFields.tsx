import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  addBranch,
  addCase,
  MAX_BRANCHES,
  MAX_CASES,
  MIN_BRANCHES,
  MIN_CASES,
  percentSum,
  removeBranch,
  removeCase,
  SPLIT_MODES,
  sumsTo100,
  SWITCH_DEFAULT_OUTPUT,
  withSplitMode,
} from '../../../../shared/journey/steps/split';
import { formatNumber } from '../../i18n/format';
import { Field, NumberInput, Select, TextInput } from '../fields';
import type { StepFieldsProps } from './stepFields';

const MODE_LABELS = { percent: 'inspector.byPercent', switch: 'inspector.byAttribute' } as const;

export function SplitFields({ node, set, apply, seal }: StepFieldsProps<'split'>) {
  const { t } = useTranslation();
  const p = node.params;
  const modes = (
    <Field label={t('inspector.splitMode')}>
      <Select value={p.mode} options={SPLIT_MODES.map((m) => ({ value: m, label: t(MODE_LABELS[m]) }))} onChange={(mode) => set(withSplitMode(p, mode))} testId="inspector-split-mode" />
    </Field>
  );
  if (p.mode === 'percent') {
    const sum = percentSum(p) ?? 100;
    const setBranch = (i: number, change: Partial<(typeof p.branches)[number]>, coalesce: string) =>
      set({ ...p, branches: p.branches.map((b, k) => (k === i ? { ...b, ...change } : b)) }, coalesce);
    return (
      <>
        {modes}
        {p.branches.map((b, i) => (
          <div className="inspector__row" key={b.id}>
            <Field label={`${t('inspector.branch')} ${b.id}`}>
              <TextInput value={b.label} onChange={(label) => setBranch(i, { label }, `branch:${b.id}`)} onDone={seal} />
            </Field>
            <Field label="%">
              <NumberInput value={b.percent} onChange={(percent) => setBranch(i, { percent }, `percent:${b.id}`)} testId={`inspector-percent-${b.id}`} />
            </Field>
            {p.branches.length > MIN_BRANCHES && (
              <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => apply(removeBranch(p, b.id))}>
                <Trash2 size={14} />
              </button>
            )}
          </div>
        ))}
        {!sumsTo100(sum) && <span className="inspector__error">{t('inspector.sumNot100', { sum: formatNumber(sum) })}</span>}
        {p.branches.length < MAX_BRANCHES && (
          <button type="button" className="button" onClick={() => apply(addBranch(p))} data-testid="inspector-add-branch">
            <Plus size={14} /> {t('inspector.addBranch')}
          </button>
        )}
      </>
    );
  }
  return (
    <>
      {modes}
      <Field label={t('inspector.attribute')}>
        <TextInput value={p.attribute} onChange={(attribute) => set({ ...p, attribute }, 'attribute')} onDone={seal} />
      </Field>
      {p.cases.map((c, i) => (
        <div className="inspector__row" key={c.id}>
          <Field label={t('inspector.caseValue')}>
            <TextInput value={c.value} onChange={(value) => set({ ...p, cases: p.cases.map((x, k) => (k === i ? { ...x, value } : x)) }, `case:${c.id}`)} onDone={seal} />
          </Field>
          {p.cases.length > MIN_CASES && (
            <button type="button" className="icon-button" aria-label={t('library.delete')} onClick={() => apply(removeCase(p, c.id))}>
              <Trash2 size={14} />
            </button>
          )}
        </div>
      ))}
      <span className="inspector__hint">{t('inspector.otherwise', { output: SWITCH_DEFAULT_OUTPUT })}</span>
      {p.cases.length < MAX_CASES && (
        <button type="button" className="button" onClick={() => apply(addCase(p))} data-testid="inspector-add-case">
          <Plus size={14} /> {t('inspector.addCase')}
        </button>
      )}
    </>
  );
}
