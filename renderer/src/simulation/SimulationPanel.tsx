// The simulation panel beside the canvas, in three tabs: Run (which prospects, personas,
// seed, horizon; progress; the summary and what to do with the results), Test (one
// scripted prospect) and Replay (one prospect's timeline step by step).
import { BarChart3, FileDown, GitCompareArrows, ImageDown, Play, Square, Upload, X } from 'lucide-react';
import { useReactFlow } from '@xyflow/react';
import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/StoreContext';
import type { ProspectFileImport, SimulationTab } from '../store/state/simulation';
import { useCanvasImageExport } from './canvasImage';
import { ReplayTab } from './ReplayTab';
import { personaDescription, personaName } from './personaText';
import { mixTotal, runRequestFromForm, shareText, withShare } from '../../../shared/simulation/runForm';
import { TestTab } from './TestTab';
import { formatNumber, formatPercent } from '../i18n/format';
import { accountSummary } from '../../../shared/simulation/accounts';

const TABS: readonly SimulationTab[] = ['run', 'test', 'replay'];

export function SimulationPanel() {
  const { t } = useTranslation();
  const tab = useApp((s) => s.simulationTab);
  const setTab = useApp((s) => s.setSimulationTab);
  const close = useApp((s) => s.toggleSimulation);
  const error = useApp((s) => s.simulationError);
  const journeyId = useApp((s) => s.document?.id);
  return (
    <aside className="inspector inspector--tabbed simulation-panel" aria-label={t('simulation.heading')} data-testid="simulation-panel">
      <div className="simulation-panel__head">
        <h3>{t('simulation.heading')}</h3>
        <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={() => close(false)}>
          <X size={16} />
        </button>
      </div>
      <div className="segmented inspector__tabs" role="tablist">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'is-on' : ''} onClick={() => setTab(id)} data-testid={`simulation-tab-${id}`}>
            {t(`simulation.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div className="inspector__scroll">
        {error && (
          <p className="inspector__error" role="alert">
            {error}
          </p>
        )}
        {tab === 'run' && <RunTab />}
        {/* Kept while another tab shows: a test runs, the panel turns to Replay, and the
            script is still there to change and run again. A new journey starts afresh. */}
        <div hidden={tab !== 'test'}>
          <TestTab key={journeyId} />
        </div>
        {tab === 'replay' && <ReplayTab />}
      </div>
    </aside>
  );
}

function RunTab() {
  const { t } = useTranslation();
  const sets = useApp((s) => s.prospectSets);
  const personaSet = useApp((s) => s.personaSet);
  const progress = useApp((s) => s.runProgress);
  const startRun = useApp((s) => s.startRun);
  const cancelRun = useApp((s) => s.cancelRun);
  const form = useApp((s) => s.runForm);
  const edit = useApp((s) => s.editRunForm);
  const { source, count, seed, days } = form;
  const setSource = (value: string) => edit({ source: value });
  const setCount = (value: string) => edit({ count: value });
  const setSeed = (value: string) => edit({ seed: value });
  const setDays = (value: string) => edit({ days: value });
  const running = progress?.status === 'running';
  const weightOf = (id: string) => shareText(form, personaSet, id);

  const onRun = (event: FormEvent) => {
    event.preventDefault();
    void startRun(runRequestFromForm(form, personaSet));
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <>
      <form className="inspector__section" onSubmit={onRun}>
        <label className="inspector__field">
          {t('simulation.prospects')}
          <select value={source} onChange={(e) => setSource(e.target.value)} data-testid="simulation-source">
            <option value="generate">{t('simulation.generate')}</option>
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.name.includes(String(set.count)) ? set.name : `${set.name} (${formatNumber(set.count)})`}
              </option>
            ))}
          </select>
        </label>
        <ProspectFileImporter />
        {source === 'generate' && (
          <>
            <label className="inspector__field">
              {t('simulation.count')}
              <input inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} data-testid="simulation-count" />
            </label>
            {personaSet && (
              <fieldset className="persona-mix" data-testid="persona-mix">
                <legend>{t('simulation.personaMix')}</legend>
                {personaSet.personas.map((p) => (
                  <label key={p.id} className="persona-mix__row" title={personaDescription(p, t)}>
                    <span>{personaName(p, t)}</span>
                    <input inputMode="decimal" value={weightOf(p.id)} onChange={(e) => edit({ mix: withShare(form, personaSet, p.id, e.target.value) })} data-testid={`mix-${p.id}`} />
                    <span className="inspector__hint">%</span>
                  </label>
                ))}
                <span className="inspector__hint" data-testid="mix-total">
                  {t('simulation.mixTotal', { total: mixTotal(form, personaSet) })}
                </span>
              </fieldset>
            )}
          </>
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
              ? t('simulation.running', { done: formatNumber(progress.done), total: formatNumber(progress.total), eta: progress.etaSeconds === null ? '…' : Math.ceil(progress.etaSeconds) })
              : t(`simulation.status.${progress.status}`)}
          </span>
        </div>
      )}
      <RunSummary />
    </>
  );
}


const fitted = new WeakSet<object>();

function RunSummary() {
  const { t } = useTranslation();
  const held = useApp((s) => (s.runResults?.journeyId === s.document?.id ? s.runResults : null));
  const clearResults = useApp((s) => s.clearResults);
  const showResultsView = useApp((s) => s.showResultsView);
  const exportRunCsv = useApp((s) => s.exportRunCsv);
  const exportImage = useCanvasImageExport();
  const drawingImage = useApp((s) => s.drawingImage);
  const exportingCsv = useApp((s) => s.exportingCsv);
  const { fitView } = useReactFlow();
  const results = held?.results;
  // New results: show the whole journey with its counts (once, not each time the tab opens).
  useEffect(() => {
    if (!results || fitted.has(results)) return;
    fitted.add(results);
    void fitView({ duration: 300, minZoom: 0.55 }); // legible over fitting every step
  }, [results, fitView]);
  if (!held || !results) return null;
  return (
    <section className="simulation-summary" data-testid="simulation-summary" data-kind={held.runId ? 'run' : 'test'}>
      <h4>{held.runId ? t('simulation.funnel') : t('simulation.testFunnel')}</h4>
      <ul>
        {results.funnel.map((f) => (
          <li key={f.stage}>
            <span>{t(`stages.${f.stage}`)}</span>
            <strong data-testid={`funnel-${f.stage}`}>{formatNumber(f.reached)}</strong>
            <span className="inspector__hint">{f.conversionFromPrevious === null ? '' : `${formatPercent(f.conversionFromPrevious)}`}</span>
          </li>
        ))}
      </ul>
      <p className="inspector__hint">
        {t('simulation.summary', {
          prospects: formatNumber(results.prospects),
          emails: formatNumber(results.totals.emailsSent),
          unsubscribes: formatNumber(results.totals.unsubscribes),
          stuck: formatNumber(results.stuck.total),
          queued: formatNumber(results.handoffs.queuedAtHorizon),
        })}
      </p>
      {results.accounts && <AccountsSummary summary={accountSummary(results.accounts)} />}
      {results.exits.notEligible > 0 && (
        <p className="inspector__warning" data-testid="not-eligible">
          {t('simulation.notEligible', { count: results.exits.notEligible, countText: formatNumber(results.exits.notEligible) })}
        </p>
      )}
      <div className="simulation-actions">
        <button type="button" className="button" onClick={() => showResultsView('charts')} data-testid="open-charts">
          <BarChart3 size={14} aria-hidden /> {t('simulation.charts')}
        </button>
        <button type="button" className="button" onClick={() => showResultsView('compare')} data-testid="open-compare">
          <GitCompareArrows size={14} aria-hidden /> {t('simulation.compare')}
        </button>
        {held.runId && (
          <button type="button" className="button" onClick={() => void exportRunCsv()} disabled={exportingCsv} aria-busy={exportingCsv} data-testid="export-csv">
            <FileDown size={14} aria-hidden /> {exportingCsv ? t('simulation.writingCsv') : t('simulation.exportCsv')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void exportImage()} disabled={drawingImage} aria-busy={drawingImage} data-testid="export-png">
          <ImageDown size={14} aria-hidden /> {drawingImage ? t('simulation.drawingPng') : t('simulation.exportPng')}
        </button>
      </div>
      <button type="button" className="link-button" onClick={clearResults} data-testid="simulation-clear">
        {t('simulation.hideOverlay')}
      </button>
    </section>
  );
}

/** The run summary's line on accounts. */
function AccountsSummary({ summary }: { summary: ReturnType<typeof accountSummary> }) {
  const { t } = useTranslation();
  return (
    <p className="inspector__hint" data-testid="summary-accounts">
      {t(summary.handed === null ? 'accounts.summary' : 'accounts.summaryHandedOver', {
        accounts: formatNumber(summary.accounts),
        mql: formatNumber(summary.mql),
        sal: formatNumber(summary.sal),
        handed: formatNumber(summary.handed ?? 0),
        won: formatNumber(summary.won),
      })}
    </p>
  );
}

/** Most rows of a prospect file's report shown at once; the rest are counted. */
const SHOWN_ROW_ERRORS = 5;

/** Imports a prospect file (CSV, with an account column for buying centres) as a prospect set, and says what came in and what did not, by line. */
function ProspectFileImporter() {
  const { t } = useTranslation();
  const importFile = useApp((s) => s.importProspectFile);
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ProspectFileImport | null>(null);
  const [busy, setBusy] = useState(false);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file again is a new import
    if (!file) return;
    setBusy(true);
    setReport(await importFile(file.name, await file.text()));
    setBusy(false);
  };
  return (
    <div className="prospect-import" data-testid="prospect-import">
      <button type="button" className="link-button" onClick={() => input.current?.click()} disabled={busy} aria-busy={busy} data-testid="prospect-import-button">
        <Upload size={12} aria-hidden /> {t('simulation.importFile')}
      </button>
      <input ref={input} type="file" accept=".csv,text/csv" hidden onChange={(e) => void onFile(e)} data-testid="prospect-import-input" />
      {report && (
        <div className={report.setName ? 'inspector__hint' : 'inspector__warning'} data-testid="prospect-import-report" data-imported={report.imported} data-errors={report.errors.length}>
          <p>{report.setName ? t('simulation.imported', { count: report.imported, countText: formatNumber(report.imported), file: report.fileName, name: report.setName }) : t('simulation.importedNothing', { file: report.fileName })}</p>
          {report.errors.length > 0 && (
            <ul>
              {report.errors.slice(0, SHOWN_ROW_ERRORS).map((e) => (
                <li key={`${e.line}:${e.column ?? ''}`}>{t('simulation.rowError', { line: e.line, column: e.column ?? '—', message: e.message })}</li>
              ))}
              {report.errors.length > SHOWN_ROW_ERRORS && <li>{t('simulation.moreRowErrors', { count: report.errors.length - SHOWN_ROW_ERRORS })}</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
