// How many emails each prospect got.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SimulationResults } from '../../../../shared/simulation/results';
import { formatNumber } from '../../i18n/format';
import { CHART } from '../chartStyle';
import { Card } from './Card';

export function EmailsCard({ results }: { results: SimulationResults }) {
  const { t } = useTranslation();
  return (
    <Card title={t('results.emails')} hint={t('results.emailsHint', { total: formatNumber(results.totals.emailsSent) })} testId="chart-emails">
      <ResponsiveContainer width="100%" height={190}>
        <BarChart data={results.emailsPerProspect} margin={{ left: 0, right: 8, top: 8, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART.grid} />
          <XAxis dataKey="emails" tickLine={false} />
          <YAxis width={48} tickLine={false} axisLine={false} tickFormatter={(v: number) => formatNumber(v)} />
          <Tooltip formatter={(v) => formatNumber(Number(v))} labelFormatter={(l) => t('results.emailsLabel', { emails: String(l) })} />
          <Bar dataKey="prospects" name={t('results.prospects')} fill={CHART.primary} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}
