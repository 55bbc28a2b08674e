// The open journey: a header with its name and save state, the palette, the canvas and the
// inspector beside it (which folds away for room to draw; the choice is remembered).
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense } from 'react';
import { Check, CircleAlert, FlaskConical, LoaderCircle, PanelRightClose, PanelRightOpen } from 'lucide-react';
import { SimulationPanel } from '../simulation/SimulationPanel';
import { useTranslation } from 'react-i18next';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { Palette } from '../canvas/Palette';
import { useApp } from '../store/StoreContext';
import { EdgeInspector } from './EdgeInspector';
import { JourneyInspector } from './journey/JourneyInspector';
import { JourneyConflictBanner } from './ConflictBanner';
import { RevisionBanner, RevisionsButton } from './RevisionsPanel';
import { StepInspector } from './StepInspector';
import { ProblemsPanel } from './ProblemsPanel';
import { ExportMenu } from '../export/ExportMenu';
import { keysOf } from '../commands/commands';

export function EditorView() {
  const { t } = useTranslation();
  const current = useApp((s) => s.document);
  const viewing = useApp((s) => s.viewingRevision);
  const loading = useApp((s) => s.loadingJourneyId !== null);
  // Charts and comparisons take the palette's room too; the canvas stays mounted beneath them.
  const resultsOpen = useApp((s) => s.simulationOpen && s.resultsView !== null && !replaying(s));
  // An old revision replaces the document on screen, read-only.
  const document = viewing?.document ?? current;

  if (!document) {
    return <main className="editor editor--empty">{loading ? t('editor.loading') : t('editor.noJourney')}</main>;
  }
  return (
    <main className="editor" data-testid="editor" data-journey-id={document.id}>
      <header className="editor__header">
        <h1 className="editor__title" data-testid="journey-title">
          {document.name}
        </h1>
        <div className="editor__header-actions">
          <SaveStatus />
          <SimulateButton />
          <RevisionsButton />
          <ExportMenu id={document.id} />
          {!viewing && <InspectorToggle />}
        </div>
      </header>
      <RevisionBanner />
      <JourneyConflictBanner />
      <ReactFlowProvider key={viewing ? `${document.id}@${viewing.revision}` : document.id}>
        <div className="editor__body">
          {!viewing && !resultsOpen && <Palette />}
          <div className="editor__canvas-column">
            <JourneyCanvas document={document} readOnly={viewing !== null} />
            {!viewing && <ProblemsPanel />}
            {!viewing && <ResultsOverlay />}
          </div>
          {!viewing && <SelectedStepPanel />}
        </div>
      </ReactFlowProvider>
    </main>
  );
}

/** While the Replay tab is open the canvas shows the prospect's path; charts would hide it. */
const replaying = (s: { simulationTab: string }) => s.simulationTab === 'replay';

function InspectorToggle() {
  const { t } = useTranslation();
  const open = useApp((s) => s.preferences.inspectorOpen);
  const simulationOpen = useApp((s) => s.simulationOpen);
  const setPreferences = useApp((s) => s.setPreferences);
  const label = t(open ? 'workspace.panels.hideInspector' : 'workspace.panels.showInspector');
  return (
    <button
      type="button"
      className="icon-button icon-button--header"
      onClick={() => void setPreferences({ inspectorOpen: !open })}
      disabled={simulationOpen}
      aria-pressed={open}
      aria-label={label}
      title={`${label} (${keysOf('toggleInspector')})`}
      data-testid="toggle-inspector"
    >
      {open ? <PanelRightClose size={18} /> : <PanelRightOpen size={18} />}
    </button>
  );
}

function SimulateButton() {
  const { t } = useTranslation();
  const toggle = useApp((s) => s.toggleSimulation);
  const open = useApp((s) => s.simulationOpen);
  return (
    <button type="button" className={`button${open ? ' button--active' : ''}`} onClick={() => toggle()} data-testid="simulate-button">
      <FlaskConical size={14} aria-hidden /> {t('simulation.button')}
    </button>
  );
}

// Loaded when first shown: the charts bring recharts, which opening a journey never needs.
const ResultsView = lazy(() => import('../simulation/ResultsView').then((m) => ({ default: m.ResultsView })));
const CompareView = lazy(() => import('../simulation/CompareView').then((m) => ({ default: m.CompareView })));

/** Charts or a comparison over the canvas, which stays mounted underneath (for the PNG export and the replay). */
function ResultsOverlay() {
  const view = useApp((s) => (s.simulationOpen && !replaying(s) ? s.resultsView : null));
  if (view === null) return null;
  return <Suspense fallback={null}>{view === 'charts' ? <ResultsView /> : <CompareView />}</Suspense>;
}

function SelectedStepPanel() {
  const simulationOpen = useApp((s) => s.simulationOpen);
  const inspectorOpen = useApp((s) => s.preferences.inspectorOpen);
  if (simulationOpen) return <SimulationPanel />;
  return inspectorOpen ? <SelectionPanel /> : <InspectorRail />;
}

/** The folded inspector: a narrow strip that opens it again. */
function InspectorRail() {
  const { t } = useTranslation();
  const setPreferences = useApp((s) => s.setPreferences);
  return (
    <aside className="panel-rail panel-rail--right" data-testid="inspector-rail">
      <button type="button" className="icon-button" onClick={() => void setPreferences({ inspectorOpen: true })} aria-label={t('workspace.panels.showInspector')} title={t('workspace.panels.showInspector')}>
        <PanelRightOpen size={18} />
      </button>
    </aside>
  );
}

function SelectionPanel() {
  const node = useApp((s) => (s.selectedNodeIds.length === 1 ? s.document?.nodes.find((n) => n.id === s.selectedNodeIds[0]) : undefined));
  const document = useApp((s) => s.document);
  const nothingSelected = useApp((s) => s.selectedNodeIds.length === 0 && s.selectedEdgeIds.length === 0);
  const edge = useApp((s) => (s.selectedNodeIds.length === 0 && s.selectedEdgeIds.length === 1 ? s.document?.edges.find((e) => e.id === s.selectedEdgeIds[0]) : undefined));
  if (node) return <StepInspector key={node.id} node={node} />;
  if (edge) return <EdgeInspector edge={edge} />;
  return nothingSelected && document ? <JourneyInspector document={document} /> : null;
}

function SaveStatus() {
  const { t } = useTranslation();
  const saveState = useApp((s) => s.saveState);
  const saveError = useApp((s) => s.saveError);
  const merged = useApp((s) => s.mergedNote);
  const icon =
    saveState === 'saved' ? <Check size={14} /> : saveState === 'error' || saveState === 'conflict' ? <CircleAlert size={14} /> : <LoaderCircle size={14} />;
  const text =
    saveState === 'error'
      ? t('editor.saveFailed', { message: saveError ?? '' })
      : saveState === 'conflict'
        ? t('editor.conflict.state')
        : merged && saveState === 'saved'
          ? t('editor.merged', { mine: merged.mine, theirs: merged.theirs })
          : t(`editor.${saveState}`);
  return (
    <div className={`save-status save-status--${saveState}`} data-testid="save-status" data-state={saveState} role="status">
      {icon}
      <span>{text}</span>
    </div>
  );
}
