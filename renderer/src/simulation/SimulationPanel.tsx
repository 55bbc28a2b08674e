// The run panel: which prospects, seed and horizon; Run with progress and time left;
// Cancel; and a short summary of the last run (its counts are drawn on the canvas).
import { Play, Square, X } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';

export function SimulationPanel() {
  const { t } = useTranslation();
  const sets = useApp((s) => s.prospectSets);
  const progress = useApp((s) => s.runProgress);
  const results = useApp((s) => (s.runResults?.journeyId === s.document?.id ? s.runResults?.results : undefined));
  const error = useApp((s) => s.simulationError);
  const startRun = useApp((s) => s.startRun);
  const cancelRun = useApp((s) => s.cancelRun);
  const close = useApp((s) => s.toggleSimulation);
  const clearResults = useApp((s) => s.clearResults);
  const [source, setSource] = useState('generate');
  const [count, setCount] = useState('10000');
  const [seed, setSeed] = useState('1');
  const [days, setDays] = useState('90');
  const running = progress?.status === 'running';

  const onRun = (event: FormEvent) => {
    event.preventDefault();
    const prospects = source === 'generate' ? { kind: 'generate' as const, count: Math.max(1, Math.min(2_000_000, Math.round(Number(count) || 1))) } : { kind: 'set' as const, setId: source };
    void startRun({ prospects, seed: Math.max(0, Math.round(Number(seed) || 0)), horizonDays: Math.max(1, Math.min(3650, Math.round(Number(days) || 90))) });
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <aside className="inspector simulation-panel" aria-label={t('simulation.heading')} data-testid="simulation-panel">
      <div className="simulation-panel__head">
        <h3>{t('simulation.heading')}</h3>
        <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={() => close(false)}>
          <X size={16} />
        </button>
      </div>
      <form className="inspector__section" onSubmit={onRun}>
        <label className="inspector__field">
          {t('simulation.prospects')}
          <select value={source} onChange={(e) => setSource(e.target.value)} data-testid="simulation-source">
            <option value="generate">{t('simulation.generate')}</option>
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.name} ({set.count.toLocaleString()})
              </option>
            ))}
          </select>
        </label>
        {source === 'generate' && (
          <label className="inspector__field">
            {t('simulation.count')}
            <input inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} data-testid="simulation-count" />
          </label>
        )}
        <div className="inspector__row">
          <label className="inspector__field">
            {t('simulation.seed')}
            <input inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} data-testid="simulation-seed" />
          </label>
          <label className="inspector__field">
            {t('simulation.days')}
            <input inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} data-testid="simulation-days" />
          </label>
        </div>
        {running ? (
          <button type="button" className="button" onClick={() => void cancelRun()} data-testid="simulation-cancel">
            <Square size={14} aria-hidden /> {t('simulation.cancel')}
          </button>
        ) : (
          <button type="submit" className="button button--primary" data-testid="simulation-run">
            <Play size={14} aria-hidden /> {t('simulation.run')}
          </button>
        )}
      </form>
      {progress && (
        <div className="simulation-progress" data-testid="simulation-progress" data-status={progress.status}>
          <div className="simulation-progress__bar">
            <span style={{ width: `${progress.status === 'done' ? 100 : percent}%` }} />
          </div>
          <span>
            {progress.status === 'running'
              ? t('simulation.running', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString(), eta: progress.etaSeconds === null ? '…' : Math.ceil(progress.etaSeconds) })
              : t(`simulation.status.${progress.status}`)}
          </span>
        </div>
      )}
      {error && <p className="inspector__error" role="alert">{error}</p>}
      {results && (
        <section className="simulation-summary" data-testid="simulation-summary">
          <h4>{t('simulation.funnel')}</h4>
          <ul>
            {results.funnel.map((f) => (
              <li key={f.stage}>
                <span>{t(`stages.${f.stage}`)}</span>
                <strong data-testid={`funnel-${f.stage}`}>{f.reached.toLocaleString()}</strong>
                <span className="inspector__hint">{f.conversionFromPrevious === null ? '' : `${(f.conversionFromPrevious * 100).toFixed(1)}%`}</span>
              </li>
            ))}
          </ul>
          <p className="inspector__hint">
            {t('simulation.summary', {
              prospects: results.prospects.toLocaleString(),
              emails: results.totals.emailsSent.toLocaleString(),
              unsubscribes: results.totals.unsubscribes.toLocaleString(),
              stuck: results.stuck.total.toLocaleString(),
              queued: results.handoffs.queuedAtHorizon.toLocaleString(),
            })}
          </p>
          <button type="button" className="link-button" onClick={clearResults} data-testid="simulation-clear">
            {t('simulation.hideOverlay')}
          </button>
        </section>
      )}
    </aside>
  );
}
