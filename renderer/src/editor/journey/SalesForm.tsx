// What sales does with a handed-over lead: whether it is simulated at all, how sales answers
// (per fit grade, per team), the feasibility check, recycling of rejected leads, the way from
// accepted to won, and what a won deal is worth. Chances are shown and entered as percent.
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STAGES } from '../../../../shared/journey/primitives';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import {
  addFeasibilityRule,
  addTeamOverride,
  DEAL_VALUE_MODES,
  noAnswerPercent,
  percentOf,
  reasonPercents,
  removeFeasibilityRule,
  removeTeamOverride,
  teamOverrides,
  teamsWithoutOverride,
  withAttributeDealValue,
  withDealValueMode,
  withEngagedAtLeast,
  withEngagedBonusPercent,
  withFeasibilityRule,
  withGradeAnswer,
  withGradeDealValue,
  withOverrideTeam,
  withQualificationDays,
  withQualificationPercent,
  withReasonWeight,
  withRecycling,
  withRequireCapacity,
  withResponseHours,
  withSalesCycle,
  withSalesEnabled,
  withTeamGradeAnswer,
  withWinPercent,
} from '../../../../shared/sales/edits';
import { FIT_GRADES, REJECTION_REASONS, type SalesModel } from '../../../../shared/sales/schema';
import { formatPercent } from '../../i18n/format';
import { useApp } from '../../store/StoreContext';
import { AttributeRuleFields } from '../AttributeRuleFields';
import { ActionButton, Select, TextInput, useOptions } from '../fields';
import { type GradeColumn, GradeTable, HintedField, NumberFieldWithHint, type NumberFields, useMoney, useNumberFields } from './salesFields';
import { useJourneyPart } from './useJourneyPart';

type SetSales = ReturnType<typeof useJourneyPart<'sales'>>['set'];

export function SalesForm({ document }: { document: JourneyDocument }) {
  const { t } = useTranslation();
  const { value: m, set, seal } = useJourneyPart(document, 'sales');
  const fields = useNumberFields(seal);
  return (
    <div className="inspector__section sales-form" data-testid="sales-form">
      <div className="sales-form__switch">
        <label className="inspector__check">
          <input type="checkbox" role="switch" checked={m.enabled} onChange={(e) => set(withSalesEnabled(m, e.target.checked))} data-testid="sales-enabled" />
          <strong>{t('salesSettings.enabled')}</strong>
        </label>
        <p className="inspector__hint" data-testid="sales-enabled-hint">
          {t(m.enabled ? 'salesSettings.enabledOn' : 'salesSettings.enabledOff')}
        </p>
      </div>
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

interface SectionProps {
  m: SalesModel;
  set: SetSales;
  fields: NumberFields;
}

function answerColumns(t: (key: string) => string, table: SalesModel['acceptance']['byGrade'], apply: (grade: (typeof FIT_GRADES)[number], answer: 'accept' | 'reject', percent: number) => ReturnType<SetSales>): GradeColumn[] {
  return [
    { id: 'accept', header: t('salesSettings.accepted'), percent: true, value: (g) => percentOf(table[g].accept), apply: (g, v) => apply(g, 'accept', v) },
    { id: 'reject', header: t('salesSettings.rejected'), percent: true, value: (g) => percentOf(table[g].reject), apply: (g, v) => apply(g, 'reject', v) },
  ];
}

function AcceptanceSection({ m, set, fields, document }: SectionProps & { document: JourneyDocument }) {
  const { t } = useTranslation();
  const showTab = useApp((s) => s.showJourneyTab);
  const a = m.acceptance;
  const noAnswer = (table: SalesModel['acceptance']['byGrade']) => ({ header: t('salesSettings.noAnswer'), value: (g: (typeof FIT_GRADES)[number]) => formatPercent(noAnswerPercent(table[g]) / 100, 0) });
  const routing = document.routing;
  const overrides = teamOverrides(m, routing);
  const free = teamsWithoutOverride(m, routing);
  const shares = reasonPercents(m);
  return (
    <>
      <h4>{t('salesSettings.acceptance')}</h4>
      <p className="inspector__hint">{t('salesSettings.acceptanceHint')}</p>
      <GradeTable
        id="sales"
        testId="sales-acceptance"
        fields={fields}
        columns={answerColumns(t, a.byGrade, (g, answer, v) => set(withGradeAnswer(m, g, answer, v), `${answer}-${g}`))}
        extra={noAnswer(a.byGrade)}
      />
      <NumberFieldWithHint
        label={t('salesSettings.engagedAtLeast')}
        hint={t('salesSettings.engagedAtLeastHint')}
        field={fields('engagedAtLeast', a.engagedAtLeast, (v) => set(withEngagedAtLeast(m, v), 'engagedAtLeast'), { testId: 'sales-engaged-at-least' })}
      />
      <NumberFieldWithHint
        label={t('salesSettings.engagedBonus')}
        hint={t('salesSettings.engagedBonusHint')}
        field={fields('engagedBonus', percentOf(a.engagedBonus), (v) => set(withEngagedBonusPercent(m, v), 'engagedBonus'), { percent: true, testId: 'sales-engaged-bonus' })}
      />
      <NumberFieldWithHint
        label={t('salesSettings.responseHours')}
        hint={t('salesSettings.responseHoursHint')}
        field={fields('responseHours', a.responseHours, (v) => set(withResponseHours(m, v), 'responseHours'), { testId: 'sales-response-hours' })}
      />

      <h5 className="sales-form__subheading">{t('salesSettings.teams')}</h5>
      <p className="inspector__hint">{t('salesSettings.teamsHint')}</p>
      {overrides.map((o, i) => {
        const choices = [...(o.name === null ? [{ value: o.teamId, label: t('salesSettings.unknownTeam') }] : [{ value: o.teamId, label: o.name }]), ...free.map((team) => ({ value: team.id, label: team.name }))];
        const table = a.teams[i]!.byGrade;
        return (
          <div key={o.teamId} className="inspector__card" data-testid="sales-team-override">
            <div className="inspector__row">
              <HintedField label={t('salesSettings.team')}>
                <Select value={o.teamId} options={choices} onChange={(teamId) => set(withOverrideTeam(m, i, teamId))} />
              </HintedField>
              <button type="button" className="icon-button" aria-label={t('salesSettings.removeTeam')} title={t('salesSettings.removeTeam')} onClick={() => set(removeTeamOverride(m, i))}>
                <Trash2 size={14} />
              </button>
            </div>
            <GradeTable
              id={`team-${o.teamId}`}
              fields={fields}
              columns={answerColumns(t, table, (g, answer, v) => set(withTeamGradeAnswer(m, i, g, answer, v), `team-${o.teamId}-${answer}-${g}`))}
              extra={noAnswer(table)}
            />
          </div>
        );
      })}
      {routing.teams.length === 0 ? (
        <p className="inspector__hint">
          {t('salesSettings.noTeams')}{' '}
          <button type="button" className="link-button" onClick={() => showTab('routing')}>
            {t('salesSettings.openRouting')}
          </button>
        </p>
      ) : free.length === 0 ? (
        <p className="inspector__hint">{t('salesSettings.allTeamsHaveFigures')}</p>
      ) : (
        <ActionButton className="link-button" onClick={() => set(addTeamOverride(m, routing))} testId="sales-add-team">
          + {t('salesSettings.addTeam')}
        </ActionButton>
      )}

      <h5 className="sales-form__subheading">{t('salesSettings.reasons')}</h5>
      <p className="inspector__hint">{t('salesSettings.reasonsHint')}</p>
      <div className="inspector__grid">
        {REJECTION_REASONS.map((r) => (
          <NumberFieldWithHint
            key={r}
            label={t(`salesSettings.reasonNames.${r}`)}
            hint={shares ? t('salesSettings.reasonShare', { percent: formatPercent(shares[r] / 100, 0) }) : null}
            field={fields(`reason-${r}`, a.reasons[r], (v) => set(withReasonWeight(m, r, v), `reason-${r}`), { testId: `sales-reason-${r}` })}
          />
        ))}
      </div>
    </>
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
