// The stage funnel: how many prospects reached each stage, the share of the previous stage
// that got there, and the days it took.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { formatNumber, formatPercent } from '../../i18n/format';
import { CHART, percent } from '../chartStyle';
import { Card } from './Card';

export function FunnelCard({ results }: { results: SimulationResults }) {
  const { t } = useTranslation();
  const data = results.funnel.map((f) => ({ name: t(`stages.${f.stage}`), reached: f.reached, share: percent(f.reached, results.prospects) }));
  return (
    <Card title={t('results.funnel')} hint={t('results.funnelHint')} wide testId="chart-funnel">
      <div className="results-funnel">
        <ResponsiveContainer width="100%" height={210}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 56, top: 4, bottom: 4 }}>
            <XAxis type="number" hide />
            <YAxis type="category" dataKey="name" width={76} tickLine={false} axisLine={false} />
            <Tooltip formatter={(v) => formatNumber(Number(v))} />
            <Bar dataKey="reached" name={t('results.reached')} radius={[0, 4, 4, 0]} isAnimationActive={false}>
              {data.map((_, i) => (
                <Cell key={i} fill={CHART.funnel[i]} />
              ))}
              <LabelList dataKey="reached" position="right" formatter={(v: unknown) => formatNumber(Number(v))} className="chart-label" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
        <table className="results-table" data-testid="funnel-table">
          <thead>
            <tr>
              <th>{t('results.stage')}</th>
              <th>{t('results.reached')}</th>
              <th>{t('results.conversion')}</th>
              <th>{t('results.medianDays')}</th>
              <th>{t('results.p90Days')}</th>
            </tr>
          </thead>
          <tbody>
            {results.funnel.map((f) => (
              <tr key={f.stage} data-stage={f.stage}>
                <td>{t(`stages.${f.stage}`)}</td>
                <td>{formatNumber(f.reached)}</td>
                <td>{f.conversionFromPrevious === null ? '—' : `${formatPercent(f.conversionFromPrevious)}`}</td>
                <td>{f.medianDays === null ? '—' : t('results.days', { days: formatNumber(f.medianDays, 1) })}</td>
                <td>{f.p90Days === null ? '—' : t('results.days', { days: formatNumber(f.p90Days, 1) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
