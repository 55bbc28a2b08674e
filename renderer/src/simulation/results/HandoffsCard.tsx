// Hand-offs per week against sales capacity, and the backlog that builds up over it.
import { useTranslation } from 'react-i18next';
import { Area, Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { formatNumber } from '../../i18n/format';
import { CHART } from '../chartStyle';
import { Card } from './Card';

export function HandoffsCard({ results }: { results: SimulationResults }) {
  const { t } = useTranslation();
  const report = results.handoffs;
  const data = report.perWeek.map((w) => ({ ...w, label: t('results.weekLabel', { week: w.week + 1 }) }));
  const overloaded = report.perWeek.filter((w) => w.handedOff > w.capacity).length;
  return (
    <Card
      title={t('results.handoffs')}
      hint={t('results.handoffsHint', { total: formatNumber(report.total), capacity: report.weeklyCapacity, overloaded, queued: formatNumber(report.queuedAtHorizon) })}
      wide
      testId="chart-handoffs"
    >
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={data} margin={{ left: 0, right: 8, top: 8, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART.grid} />
          <XAxis dataKey="label" tickLine={false} minTickGap={16} />
          <YAxis width={48} tickLine={false} axisLine={false} allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} />
          <Tooltip />
          <Legend />
          <Area dataKey="backlog" name={t('results.backlog')} stroke={CHART.warn} fill={CHART.warnSoft} type="stepAfter" isAnimationActive={false} />
          <Bar dataKey="handedOff" name={t('results.handedOff')} fill={CHART.primary} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="assigned" name={t('results.assigned')} fill={CHART.ok} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Line dataKey="capacity" name={t('results.capacity')} stroke={CHART.text} strokeDasharray="5 4" dot={false} type="stepAfter" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </Card>
  );
}
