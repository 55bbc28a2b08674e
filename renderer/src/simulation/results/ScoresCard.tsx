// Engagement scores at the end of the run and fit grades.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { formatNumber } from '../../i18n/format';
import { CHART } from '../chartStyle';
import { Card } from './Card';

export function ScoresCard({ results }: { results: SimulationResults }) {
  const { t } = useTranslation();
  const engagement = results.scores.engagement.map((b) => ({ ...b, range: `${b.from}–${b.to}` }));
  const grades = (['A', 'B', 'C', 'D'] as const).map((g) => ({ grade: g, count: results.scores.grades[g] }));
  return (
    <Card title={t('results.scores')} hint={t('results.scoresHint')} wide testId="chart-scores">
      <div className="results-split">
        <ResponsiveContainer width="100%" height={190}>
          <BarChart data={engagement} margin={{ left: 0, right: 8, top: 8, bottom: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART.grid} />
            <XAxis dataKey="range" tickLine={false} minTickGap={12} />
            <YAxis width={48} tickLine={false} axisLine={false} tickFormatter={(v: number) => formatNumber(v)} />
            <Tooltip formatter={(v) => formatNumber(Number(v))} />
            <Bar dataKey="count" name={t('results.engagement')} fill={CHART.branch} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
        <ResponsiveContainer width="100%" height={190}>
          <BarChart data={grades} margin={{ left: 0, right: 8, top: 8, bottom: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART.grid} />
            <XAxis dataKey="grade" tickLine={false} />
            <YAxis width={48} tickLine={false} axisLine={false} tickFormatter={(v: number) => formatNumber(v)} />
            <Tooltip formatter={(v) => formatNumber(Number(v))} />
            <Bar dataKey="count" name={t('results.fitGrade')} radius={[3, 3, 0, 0]} isAnimationActive={false}>
              {grades.map((_, i) => (
                <Cell key={i} fill={CHART.grades[i]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
