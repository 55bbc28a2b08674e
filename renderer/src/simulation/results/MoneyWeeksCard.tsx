// Pipeline, revenue and cost week by week, or summed up: where the running revenue crosses the
// running cost, the journey has paid for itself. A click on a name in the legend hides that
// series (the pipeline dwarfs revenue and cost), and the axis fits what is left.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Currency } from '../../../../shared/sales/schema';
import type { MoneyWeek } from '../../../../shared/simulation/salesView';
import { CHART } from '../chartStyle';
import { Card } from './Card';
import { formatMoney, formatMoneyShort } from './money';

type Mode = 'perWeek' | 'cumulative';

export function MoneyWeeksCard({ weeks, currency, paybackWeeks }: { weeks: MoneyWeek[]; currency: Currency; paybackWeeks: number | null }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('perWeek');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = (series: string) => setHidden((now) => (now.has(series) ? new Set([...now].filter((s) => s !== series)) : new Set([...now, series])));
  // The same series in both modes: 'pipeline' is 'cumulativePipeline' summed up.
  const series = (name: 'pipeline' | 'revenue' | 'cost') => ({ dataKey: mode === 'perWeek' ? name : `cumulative${name[0]!.toUpperCase()}${name.slice(1)}`, hide: hidden.has(name) });
  const data = weeks.map((w) => ({ ...w, label: t('salesResults.weeks.weekLabel', { week: w.week + 1 }) }));
  // Paid back by the end of week N (counted from 1): that week's label.
  const payback = paybackWeeks === null ? null : (data[paybackWeeks - 1]?.label ?? null);
  const anything = weeks.some((w) => w.pipeline > 0 || w.revenue > 0);
  const money = (v: unknown) => formatMoney(Number(v), currency);
  return (
    <Card
      title={t('salesResults.weeks.title')}
      hint={t('salesResults.weeks.hint')}
      wide
      testId="chart-money-weeks"
      action={
        <div className="segmented" role="group">
          {(['perWeek', 'cumulative'] as const).map((m) => (
            <button key={m} type="button" className={mode === m ? 'is-on' : ''} aria-pressed={mode === m} onClick={() => setMode(m)} data-testid={`money-weeks-${m}`}>
              {t(`salesResults.weeks.${m}`)}
            </button>
          ))}
        </div>
      }
    >
      {!anything && <p className="results-empty">{t('salesResults.weeks.empty')}</p>}
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={data} margin={{ left: 0, right: 8, top: 8, bottom: 0 }} data-mode={mode}>
          <CartesianGrid vertical={false} stroke={CHART.grid} />
          <XAxis dataKey="label" tickLine={false} minTickGap={16} />
          <YAxis width={84} tickLine={false} axisLine={false} tickFormatter={(v: number) => formatMoneyShort(v, currency)} />
          <Tooltip formatter={money} labelFormatter={(_, payload) => t('salesResults.weeks.weekTitle', { week: Number(payload?.[0]?.payload?.week ?? 0) + 1 })} />
          <Legend onClick={(entry) => toggle(String(entry.dataKey).replace(/^cumulative(.)/, (_, c: string) => c.toLowerCase()))} wrapperStyle={{ cursor: 'pointer' }} />
          {payback && (
            <ReferenceLine
              x={payback}
              stroke={CHART.text}
              strokeDasharray="3 3"
              label={{ value: t('salesResults.weeks.payback'), position: 'insideTopRight', className: 'chart-label' }}
            />
          )}
          {mode === 'perWeek' ? (
            <>
              <Bar {...series('pipeline')} name={t('salesResults.weeks.pipeline')} fill={CHART.primary} radius={[3, 3, 0, 0]} isAnimationActive={false} />
              <Bar {...series('revenue')} name={t('salesResults.weeks.revenue')} fill={CHART.ok} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            </>
          ) : (
            <>
              <Area {...series('pipeline')} name={t('salesResults.weeks.pipeline')} stroke={CHART.primary} fill={CHART.primary} fillOpacity={0.15} type="monotone" isAnimationActive={false} />
              <Area {...series('revenue')} name={t('salesResults.weeks.revenue')} stroke={CHART.ok} fill={CHART.ok} fillOpacity={0.25} type="monotone" isAnimationActive={false} />
              <Line {...series('cost')} name={t('salesResults.weeks.cost')} stroke={CHART.danger} strokeDasharray="5 4" dot={false} type="monotone" isAnimationActive={false} />
            </>
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </Card>
  );
}
