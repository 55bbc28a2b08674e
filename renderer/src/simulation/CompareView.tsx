// Two stored runs side by side — two revisions of a journey, or two persona mixes — with
// the funnel, emails per prospect and conversions, the accounts (./compare/AccountComparison),
// the money (./compare/MoneyComparison), and the difference of each figure.
import { X } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import i18next, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RunSummary } from '../../../shared/api/contract';
import { compareRuns, runPairDifference } from '../../../shared/simulation/compare';
import type { SimulationResults } from '../../../shared/simulation/results';
import { useApp } from '../store/StoreContext';
import { CHART, percent } from './chartStyle';
import { formatNumber } from '../i18n/format';
import { ComparisonTable } from './compare/ComparisonLine';
import { AccountComparison } from './compare/AccountComparison';
import { MoneyComparison } from './compare/MoneyComparison';

export function CompareView() {
  const { t } = useTranslation();
  const runs = useApp((s) => s.runHistory);
  const heldRunId = useApp((s) => s.runResults?.runId ?? null);
  const fetchRunResults = useApp((s) => s.fetchRunResults);
  const close = useApp((s) => s.showResultsView);
  const [picked, setPicked] = useState<{ a: string | null; b: string | null }>({ a: null, b: null });
  // Default: the run on the canvas (B) against the run before it (A).
  const b = picked.b ?? heldRunId ?? runs[0]?.id ?? null;
  const a = picked.a ?? runs.find((r) => r.id !== b)?.id ?? null;
  const [loaded, setLoaded] = useState<{ a: SimulationResults; b: SimulationResults; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!a || !b) return;
    let live = true;
    Promise.all([fetchRunResults(a), fetchRunResults(b)]).then(
      ([ra, rb]) => live && setLoaded({ a: ra, b: rb, key: `${a}|${b}` }),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [a, b, fetchRunResults]);

  const current = loaded && loaded.key === `${a}|${b}` ? loaded : null;
  const rows = useMemo(() => (current ? compareRuns(current.a, current.b) : []), [current]);
  const runA = runs.find((r) => r.id === a);
  const runB = runs.find((r) => r.id === b);
  return (
    <section className="results-view" data-testid="compare-view" aria-label={t('compare.heading')}>
      <header className="results-view__head">
        <div>
          <h2>{t('compare.heading')}</h2>
          <p className="inspector__hint">{t('compare.subtitle')}</p>
        </div>
        <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={() => close(null)} data-testid="compare-close">
          <X size={18} />
        </button>
      </header>
      {runs.length < 2 ? (
        <p className="results-empty" data-testid="compare-empty">
          {t('compare.needTwo')}
        </p>
      ) : (
        <>
          <div className="compare-pickers">
            <RunPicker label="A" runs={runs} value={a} onChange={(id) => setPicked({ a: id, b })} testId="compare-a" />
            <RunPicker label="B" runs={runs} value={b} onChange={(id) => setPicked({ a, b: id })} testId="compare-b" />
          </div>
          {runA && runB && <PairNote a={runA} b={runB} />}
          {error && <p className="inspector__error">{error}</p>}
          {current && runA && runB && (
            <div className="results-grid">
              <article className="results-card results-card--wide" data-testid="compare-funnel">
                <h3>{t('compare.funnel')}</h3>
                <ResponsiveContainer width="100%" height={220}>
                  <BarChart
                    data={current.a.funnel.map((f, i) => ({
                      stage: t(`stages.${f.stage}`),
                      a: percent(f.reached, current.a.prospects),
                      b: percent(current.b.funnel[i]!.reached, current.b.prospects),
                    }))}
                    margin={{ left: 0, right: 8, top: 8, bottom: 0 }}
                  >
                    <CartesianGrid vertical={false} stroke={CHART.grid} />
                    <XAxis dataKey="stage" tickLine={false} />
                    <YAxis width={44} tickLine={false} axisLine={false} unit="%" />
                    <Tooltip formatter={(v) => `${Number(v)}%`} />
                    <Legend />
                    <Bar dataKey="a" name={`A · ${runLabel(runA, t)}`} fill={CHART.runA} radius={[3, 3, 0, 0]} isAnimationActive={false} />
                    <Bar dataKey="b" name={`B · ${runLabel(runB, t)}`} fill={CHART.runB} radius={[3, 3, 0, 0]} isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </article>
              <article className="results-card results-card--wide">
                <ComparisonTable
                  rows={rows}
                  label={(row) => {
                    const [metric, stage] = row.key.split(':');
                    return t(`compare.metrics.${metric}`, { stage: stage ? t(`stages.${stage}`) : '' });
                  }}
                  testId="compare-table"
                />
              </article>
              <AccountComparison a={current.a} b={current.b} />
              <MoneyComparison a={current.a} b={current.b} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function RunPicker({ label, runs, value, onChange, testId }: { label: string; runs: RunSummary[]; value: string | null; onChange: (id: string) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <label className="compare-picker">
      <span className={`compare-picker__badge compare-picker__badge--${label.toLowerCase()}`}>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {runs.map((r) => (
          <option key={r.id} value={r.id}>
            {runLabel(r, t)} · {r.journeyName}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What the two runs differ in, so their differences are read right. */
function PairNote({ a, b }: { a: RunSummary; b: RunSummary }) {
  const { t } = useTranslation();
  if (a.id === b.id) return null;
  const { journey, prospectsDiffer } = runPairDifference(a, b);
  if (journey === 'unknown') return null;
  const key = journey === 'other' ? 'other' : journey === 'same' ? (prospectsDiffer ? 'same' : 'sameAll') : prospectsDiffer ? 'changedAndProspects' : 'changed';
  return (
    <p className={`compare-what${key === 'changedAndProspects' ? ' compare-what--warn' : ''}`} data-testid="compare-what" data-kind={key}>
      {t(`compare.what.${key}`, {
        steps:
          a.journeySteps === b.journeySteps
            ? t('compare.what.stepsSame', { count: a.journeySteps ?? 0 })
            : t('compare.what.stepsChanged', { a: a.journeySteps, b: b.journeySteps }),
      })}
    </p>
  );
}

/** "12 Nov 14:03 · seed 1 · 500 from Sample prospects", or "… · 10,000 generated (custom mix)": what tells runs apart first, for a narrow picker. */
function runLabel(run: RunSummary, t: TFunction): string {
  const when = new Date(run.createdAt).toLocaleString(i18next.language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const source =
    run.source.kind === 'set'
      ? t('compare.fromSet', { count: run.prospects, countText: formatNumber(run.prospects), name: run.source.name })
      : t(run.source.mix ? 'compare.generatedCustom' : 'compare.generated', { countText: formatNumber(run.prospects) });
  return `${when} · ${t('compare.seed', { seed: run.seed })} · ${source}`;
}
