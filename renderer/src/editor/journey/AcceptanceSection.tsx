// The Sales tab's acceptance: answer chances per fit grade, teams that answer otherwise, the
// engaged bonus, response time and rejection reasons.
import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import {
  addTeamOverride,
  noAnswerPercent,
  percentOf,
  reasonPercents,
  removeTeamOverride,
  teamOverrides,
  teamsWithoutOverride,
  withEngagedAtLeast,
  withEngagedBonusPercent,
  withGradeAnswer,
  withOverrideTeam,
  withReasonWeight,
  withResponseHours,
  withTeamGradeAnswer,
  } from '../../../../shared/sales/edits';
import { type FIT_GRADES, REJECTION_REASONS, type SalesModel } from '../../../../shared/sales/schema';
import { formatPercent } from '../../i18n/format';
import { useApp } from '../../store/StoreContext';
import { ActionButton, Select, } from '../fields';
import { type GradeColumn, GradeTable, HintedField, NumberFieldWithHint, type SectionProps, type SetSales } from './salesFields';

function answerColumns(t: (key: string) => string, table: SalesModel['acceptance']['byGrade'], apply: (grade: (typeof FIT_GRADES)[number], answer: 'accept' | 'reject', percent: number) => ReturnType<SetSales>): GradeColumn[] {
  return [
    { id: 'accept', header: t('salesSettings.accepted'), percent: true, value: (g) => percentOf(table[g].accept), apply: (g, v) => apply(g, 'accept', v) },
    { id: 'reject', header: t('salesSettings.rejected'), percent: true, value: (g) => percentOf(table[g].reject), apply: (g, v) => apply(g, 'reject', v) },
  ];
}

export function AcceptanceSection({ m, set, fields, document }: SectionProps & { document: JourneyDocument }) {
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

