// The funnel to customer as a row of stages with the step between each pair: the share that
// moved on and the median days it took. With sales on, the opportunities under it.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SalesView } from '../../../../shared/simulation/salesView';
import { formatNumber, formatPercent } from '../../i18n/format';
import { CHART } from '../chartStyle';
import { Card } from './Card';

export function FunnelStepsCard({ view }: { view: SalesView }) {
  const { t } = useTranslation();
  const stages = [{ stage: view.steps[0]!.from, reached: view.steps[0]!.fromReached }, ...view.steps.map((s) => ({ stage: s.to, reached: s.toReached }))];
  const opportunities = view.opportunities;
  return (
    <Card title={t('salesResults.funnel.title')} hint={t('salesResults.funnel.hint')} wide testId="sales-funnel">
      <ol className="funnel-steps">
        {stages.map((s, i) => {
          const step = i > 0 ? view.steps[i - 1]! : null;
          return (
            <Fragment key={s.stage}>
              {step && (
                <li
                  className="funnel-steps__step"
                  data-testid={`funnel-step-${step.from}-${step.to}`}
                  data-conversion={step.conversion ?? ''}
                  data-median-days={step.medianDays ?? ''}
                  aria-label={t('salesResults.funnel.step', { from: t(`stages.${step.from}`), to: t(`stages.${step.to}`) })}
                >
                  <span className="funnel-steps__share">{step.conversion === null ? '—' : formatPercent(step.conversion)}</span>
                  {step.medianDays !== null && (
                    <span
                      className="funnel-steps__time"
                      title={t('salesResults.funnel.medianTimeTitle', { from: t(`stages.${step.from}`), to: t(`stages.${step.to}`), days: formatNumber(step.medianDays, 1) })}
                    >
                      {t('salesResults.funnel.medianTime', { days: formatNumber(step.medianDays, 1) })}
                    </span>
                  )}
                </li>
              )}
              <li className="funnel-steps__stage" style={{ borderTopColor: CHART.funnel[i] }} data-stage={s.stage}>
                <span className="funnel-steps__name">{t(`stages.${s.stage}`)}</span>
                <span className="funnel-steps__count">{formatNumber(s.reached)}</span>
              </li>
            </Fragment>
          );
        })}
      </ol>
      {opportunities && (
        <p className="funnel-steps__note" data-testid="sales-opportunities">
          {opportunities.winRate === null
            ? t('salesResults.funnel.opportunitiesNoneDecided', { created: formatNumber(opportunities.created) })
            : t('salesResults.funnel.opportunities', {
                created: formatNumber(opportunities.created),
                won: formatNumber(opportunities.won),
                lost: formatNumber(opportunities.lost),
                open: formatNumber(opportunities.openAtHorizon),
                rate: formatPercent(opportunities.winRate),
              })}
        </p>
      )}
    </Card>
  );
}
