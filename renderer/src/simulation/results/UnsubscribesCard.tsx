// Unsubscribes by day of the simulation.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { formatNumber } from '../../i18n/format';
import { CHART } from '../chartStyle';
import { Card } from './Card';

export function UnsubscribesCard({ results }: { results: SimulationResults }) {
  const { t } = useTranslation();
  const data = useMemo(() => results.unsubscribesPerDay.map((count, day) => ({ day: day + 1, count })), [results]);
  return (
    <Card title={t('results.unsubscribes')} hint={t('results.unsubscribesHint', { total: formatNumber(results.totals.unsubscribes) })} testId="chart-unsubscribes">
      <ResponsiveContainer width="100%" height={190}>
        <ComposedChart data={data} margin={{ left: 0, right: 8, top: 8, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART.grid} />
          <XAxis dataKey="day" tickLine={false} minTickGap={24} />
          <YAxis width={36} tickLine={false} axisLine={false} allowDecimals={false} />
          <Tooltip labelFormatter={(l) => t('results.dayLabel', { day: String(l) })} />
          <Area dataKey="count" name={t('results.unsubscribed')} stroke={CHART.danger} fill={CHART.dangerSoft} type="monotone" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </Card>
  );
}
