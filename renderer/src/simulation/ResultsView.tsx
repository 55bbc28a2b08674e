// The results of a run as charts (recharts), over the canvas: the stage funnel with
// conversion and time to each stage, emails per prospect, unsubscribes over time, hand-offs
// per week against sales capacity, score and grade distributions, and who is stuck where.
import { X } from 'lucide-react';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, Bar, BarChart, CartesianGrid, Cell, ComposedChart, LabelList, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { STUCK_OUTCOMES } from '../../../shared/simulation/aggregate';
import type { SimulationResults } from '../../../shared/simulation/results';
import { useApp } from '../store/StoreContext';
import { CHART, percent } from './chartStyle';
import { formatNumber, formatPercent } from '../i18n/format';

export function ResultsView() {
  const { t } = useTranslation();
  const held = useApp((s) => (s.runResults?.journeyId === s.document?.id ? s.runResults : null));
  const close = useApp((s) => s.showResultsView);
  if (!held) return null;
  const { results } = held;
  return (
    <section className="results-view" data-testid="results-view" aria-label={t('results.heading')}>
      <header className="results-view__head">
        <div>
          <h2>{t('results.heading')}</h2>
          <p className="inspector__hint">
            {t('results.subtitle', { journey: results.journey.name, prospects: formatNumber(results.prospects), days: results.horizonDays, seed: results.seed })}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={() => close(null)} data-testid="results-close">
          <X size={18} />
        </button>
      </header>
      <div className="results-grid">
        <FunnelCard results={results} />
        <EmailsCard results={results} />
        <UnsubscribesCard results={results} />
        <HandoffsCard results={results} />
        <ScoresCard results={results} />
        <StuckCard results={results} />
      </div>
    </section>
  );
}

function Card({ title, hint, children, wide, testId }: { title: string; hint?: string; children: ReactNode; wide?: boolean; testId: string }) {
  return (
    <article className={`results-card${wide ? ' results-card--wide' : ''}`} data-testid={testId}>
      <h3>{title}</h3>
      {hint && <p className="inspector__hint">{hint}</p>}
      {children}
    </article>
  );
}

function FunnelCard({ results }: { results: SimulationResults }) {
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

function EmailsCard({ results }: { results: SimulationResults }) {
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

function UnsubscribesCard({ results }: { results: SimulationResults }) {
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

function HandoffsCard({ results }: { results: SimulationResults }) {
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

function ScoresCard({ results }: { results: SimulationResults }) {
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

function StuckCard({ results }: { results: SimulationResults }) {
  const { t } = useTranslation();
  const document = useApp((s) => s.document);
  const setSelection = useApp((s) => s.setSelection);
  const close = useApp((s) => s.showResultsView);
  const startReplay = useApp((s) => s.startReplay);
  const setTab = useApp((s) => s.setSimulationTab);
  const nodes = new Map((document?.nodes ?? []).map((n) => [n.id, n]));
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? node.label || t(`nodeTypes.${node.type}.name`) : id;
  };
  const stuck = results.timelines.filter((tl) => STUCK_OUTCOMES.has(tl.outcome));
  return (
    <Card title={t('results.stuck')} hint={t('results.stuckHint', { total: formatNumber(results.stuck.total) })} wide testId="stuck-list">
      <div className="results-split">
        <table className="results-table">
          <thead>
            <tr>
              <th>{t('results.step')}</th>
              <th>{t('results.waitingThere')}</th>
            </tr>
          </thead>
          <tbody>
            {results.stuck.byNode.slice(0, 10).map((row) => (
              <tr key={row.nodeId}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setSelection([row.nodeId], []);
                      close(null);
                    }}
                  >
                    {name(row.nodeId)}
                  </button>
                </td>
                <td>{formatNumber(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <h4>{t('results.stuckSample', { count: stuck.length })}</h4>
          <ul className="results-people">
            {stuck.slice(0, 12).map((tl) => (
              <li key={tl.prospectId}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    startReplay(tl);
                    setTab('replay');
                    close(null);
                  }}
                >
                  {tl.name || tl.prospectId}
                </button>
                <span className="inspector__hint">{tl.finalNodeId ? name(tl.finalNodeId) : ''}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Card>
  );
}
