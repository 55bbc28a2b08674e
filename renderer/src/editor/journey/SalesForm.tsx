// What sales does with a handed-over lead: whether it is simulated at all, how sales answers
// (per fit grade, per team), the feasibility check, recycling of rejected leads, the way from
// accepted to won, and what a won deal is worth. Chances are shown and entered as percent.
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STAGES } from '../../../../shared/journey/primitives';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import {
  addFeasibilityRule,
  DEAL_VALUE_MODES,
  percentOf,
  removeFeasibilityRule,
  withAttributeDealValue,
  withDealValueMode,
  withFeasibilityRule,
  withGradeDealValue,
  withQualificationDays,
  withQualificationPercent,
  withQualificationSpread,
  withRecycling,
  withRequireCapacity,
  withSalesCycle,
  withSalesEnabled,
  withWinPercent,
} from '../../../../shared/sales/edits';
import { FIT_GRADES, type SalesModel } from '../../../../shared/sales/schema';
import { AttributeRuleFields } from '../AttributeRuleFields';
import { ActionButton, Select, TextInput, useOptions } from '../fields';
import { AcceptanceSection } from './AcceptanceSection';
import { GradeTable, HintedField, NumberFieldWithHint, type SectionProps, type SetSales, useMoney, useNumberFields } from './salesFields';
import { useJourneyPart } from './useJourneyPart';
import { PartSwitch } from './PartSwitch';


export function SalesForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const { value: m, set, seal } = useJourneyPart(document, 'sales');
  const fields = useNumberFields(seal);
  return (
    <div className="inspector__section sales-form" data-testid="sales-form">
      <PartSwitch on={m.enabled} onChange={(on) => set(withSalesEnabled(m, on))} label={t('salesSettings.enabled')} hint={t(m.enabled ? 'salesSettings.enabledOn' : 'salesSettings.enabledOff')} testId="sales" />
      {/* Off, the figures stay visible (dimmed) so the user sees what switching on brings. */}
      <fieldset className="sales-form__body" disabled={!m.enabled} data-testid="sales-body">
        <AcceptanceSection m={m} set={set} fields={fields} document={document} />
        <FeasibilitySection m={m} set={set} />
        <RecyclingSection m={m} set={set} fields={fields} />
        <QualificationSection m={m} set={set} fields={fields} />
        <DealValueSection m={m} set={set} seal={seal} fields={fields} document={document} />
      </fieldset>
    </div>
  );
}

function FeasibilitySection({ m, set }: { m: SalesModel; set: SetSales }) {
  const { t } = useTranslation();
  const rules = m.feasibility.rules;
  return (
    <>
      <h4>{t('salesSettings.feasibility')}</h4>
      <p className="inspector__hint">{t('salesSettings.feasibilityHint')}</p>
      {rules.length === 0 && <p className="inspector__hint">{t('salesSettings.noFeasibilityRules')}</p>}
      {rules.map((rule, i) => (
        <div key={i} className="inspector__card inspector__grid" data-testid="sales-feasibility-rule">
          <AttributeRuleFields rule={rule} coalesceKey={`feasibility-${i}`} onChange={(next, coalesce) => set(withFeasibilityRule(m, i, next), coalesce)} />
          <button type="button" className="icon-button" aria-label={t('salesSettings.removeRule')} title={t('salesSettings.removeRule')} onClick={() => set(removeFeasibilityRule(m, i))}>
            <Trash2 size={14} />
          </button>
        </div>
      ))}
      <ActionButton onClick={() => set(addFeasibilityRule(m))} testId="sales-add-feasibility-rule">
        <Plus size={14} /> {t('salesSettings.addFeasibilityRule')}
      </ActionButton>
      <label className="inspector__check">
        <input type="checkbox" checked={m.feasibility.requireCapacity} onChange={(e) => set(withRequireCapacity(m, e.target.checked))} data-testid="sales-require-capacity" />
        {t('salesSettings.requireCapacity')}
      </label>
    </>
  );
}

function RecyclingSection({ m, set, fields }: SectionProps) {
  const { t } = useTranslation();
  const options = useOptions();
  const r = m.recycling;
  return (
    <>
      <h4>{t('salesSettings.recycling')}</h4>
      <label className="inspector__check">
        <input type="checkbox" checked={r.enabled} onChange={(e) => set(withRecycling(m, { enabled: e.target.checked }))} data-testid="sales-recycling" />
        {t('salesSettings.recyclingEnabled')}
      </label>
      {r.enabled ? (
        <>
          <HintedField label={t('salesSettings.toStage')} hint={t('salesSettings.toStageHint')}>
            <Select value={r.toStage} options={options(LIFECYCLE_STAGES, (s) => `stages.${s}`)} onChange={(toStage) => set(withRecycling(m, { toStage }))} testId="sales-recycle-stage" />
          </HintedField>
          <NumberFieldWithHint
            label={t('salesSettings.coolOffDays')}
            hint={t('salesSettings.coolOffDaysHint')}
            field={fields('coolOffDays', r.coolOffDays, (coolOffDays) => set(withRecycling(m, { coolOffDays }), 'coolOffDays'), { testId: 'sales-cool-off' })}
          />
        </>
      ) : (
        <p className="inspector__hint">{t('salesSettings.recyclingOff')}</p>
      )}
    </>
  );
}

function QualificationSection({ m, set, fields }: SectionProps) {
  const { t } = useTranslation();
  const o = m.opportunity;
  return (
    <>
      <h4>{t('salesSettings.qualification')}</h4>
      <p className="inspector__hint">{t('salesSettings.qualificationHint')}</p>
      <GradeTable
        id="sales-qualification"
        testId="sales-qualification"
        fields={fields}
        columns={[
          { id: 'sql', header: t('salesSettings.toSql'), percent: true, value: (g) => percentOf(m.qualification[g].chance), apply: (g, v) => set(withQualificationPercent(m, g, v), `sql-${g}`) },
          { id: 'days', header: t('salesSettings.daysToSql'), value: (g) => m.qualification[g].days, apply: (g, v) => set(withQualificationDays(m, g, v), `sql-days-${g}`) },
          { id: 'won', header: t('salesSettings.won'), percent: true, value: (g) => percentOf(o.winChance[g]), apply: (g, v) => set(withWinPercent(m, g, v), `won-${g}`) },
        ]}
      />
      <NumberFieldWithHint
        label={t('salesSettings.qualificationSpread')}
        hint={t('salesSettings.qualificationSpreadHint')}
        field={fields('qualificationSpread', m.qualificationSpreadPercent, (v) => set(withQualificationSpread(m, v), 'qualificationSpread'), { testId: 'sales-qualification-spread' })}
      />
      <NumberFieldWithHint
        label={t('salesSettings.cycleMedianDays')}
        hint={t('salesSettings.cycleMedianDaysHint')}
        field={fields('cycleMedianDays', o.cycleMedianDays, (cycleMedianDays) => set(withSalesCycle(m, { cycleMedianDays }), 'cycleMedianDays'), { testId: 'sales-cycle-median' })}
      />
      <NumberFieldWithHint
        label={t('salesSettings.cycleSpreadDays')}
        hint={t('salesSettings.cycleSpreadDaysHint')}
        field={fields('cycleSpreadDays', o.cycleSpreadDays, (cycleSpreadDays) => set(withSalesCycle(m, { cycleSpreadDays }), 'cycleSpreadDays'), { testId: 'sales-cycle-spread' })}
      />
    </>
  );
}

function DealValueSection({ m, set, seal, fields, document }: SectionProps & { seal(): void; document: JourneyDocument }) {
  const { t } = useTranslation();
  const options = useOptions();
  const { symbol: currency } = useMoney(document.costs.currency);
  const d = m.dealValue;
  return (
    <>
      <h4>{t('salesSettings.dealValue')}</h4>
      <HintedField label={t('salesSettings.dealValueMode')}>
        <Select value={d.mode} options={options(DEAL_VALUE_MODES, (v) => `salesSettings.modes.${v}`)} onChange={(mode) => set(withDealValueMode(m, mode))} testId="sales-deal-mode" />
      </HintedField>
      {d.mode === 'byGrade' ? (
        <>
          <p className="inspector__hint">{t('salesSettings.dealValueGradeHint', { currency })}</p>
          <div className="inspector__grid">
            {FIT_GRADES.map((g) => (
              <NumberFieldWithHint
                key={g}
                label={t('salesSettings.gradeNamed', { grade: g })}
                field={fields(`deal-${g}`, d.byGrade[g], (v) => set(withGradeDealValue(m, g, v), `deal-${g}`), { testId: `sales-deal-${g}` })}
              />
            ))}
          </div>
        </>
      ) : (
        <>
          <HintedField label={t('salesSettings.dealAttribute')} hint={t('salesSettings.dealAttributeHint')}>
            <TextInput value={d.attribute} onChange={(attribute) => set(withAttributeDealValue(m, { attribute }), 'deal-attribute')} onDone={seal} testId="sales-deal-attribute" />
          </HintedField>
          <NumberFieldWithHint
            label={t('salesSettings.perUnit', { currency })}
            hint={t('salesSettings.perUnitHint')}
            field={fields('deal-perUnit', d.perUnit, (perUnit) => set(withAttributeDealValue(m, { perUnit }), 'deal-perUnit'), { testId: 'sales-deal-per-unit' })}
          />
          <NumberFieldWithHint
            label={t('salesSettings.min', { currency })}
            hint={t('salesSettings.minHint')}
            field={fields('deal-min', d.min, (min) => set(withAttributeDealValue(m, { min }), 'deal-min'), { testId: 'sales-deal-min' })}
          />
          <NumberFieldWithHint
            label={t('salesSettings.max', { currency })}
            hint={t('salesSettings.maxHint')}
            field={fields('deal-max', d.max, (max) => set(withAttributeDealValue(m, { max }), 'deal-max'), { testId: 'sales-deal-max' })}
          />
        </>
      )}
    </>
  );
}
