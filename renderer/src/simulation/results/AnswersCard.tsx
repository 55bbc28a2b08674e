// What sales answered to the hand-offs, and the leads the feasibility check kept from sales.
import { useTranslation } from 'react-i18next';
import type { AnswerKey, AnswersView } from '../../../../shared/simulation/salesView';
import { formatNumber } from '../../i18n/format';
import { CHART } from '../chartStyle';
import { Card } from './Card';
import { ShareBars } from './ShareBars';

const ANSWER_COLOURS: Record<AnswerKey, string> = { accepted: CHART.ok, rejected: CHART.danger, noAnswer: CHART.text, awaiting: CHART.warn };

export function AnswersCard({ answers }: { answers: AnswersView }) {
  const { t } = useTranslation();
  const refused = answers.notFeasible.some((r) => r.count > 0);
  if (answers.attempts === 0) {
    return (
      <Card title={t('salesResults.answers.title')} testId="sales-answers">
        <p className="results-empty">{t('salesResults.answers.none')}</p>
      </Card>
    );
  }
  return (
    <Card title={t('salesResults.answers.title')} hint={t('salesResults.answers.hint', { count: answers.handedOff, countText: formatNumber(answers.handedOff) })} testId="sales-answers">
      <ShareBars testId="sales-answer-shares" rows={answers.rows.map((r) => ({ ...r, label: t(`salesResults.answers.${r.key}`), colour: ANSWER_COLOURS[r.key] }))} />
      {refused && (
        <>
          <h4>{t('salesResults.answers.notFeasible')}</h4>
          <p className="inspector__hint">{t('salesResults.answers.notFeasibleHint', { count: formatNumber(answers.attempts) })}</p>
          <ShareBars testId="sales-not-feasible" rows={answers.notFeasible.map((r) => ({ ...r, label: t(`salesResults.answers.${r.key}`), colour: CHART.warn }))} />
        </>
      )}
    </Card>
  );
}
