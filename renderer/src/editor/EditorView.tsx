// The open journey: a header with its name and save state, the palette and the canvas.
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense } from 'react';
import { Check, CircleAlert, FlaskConical, LoaderCircle } from 'lucide-react';
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

export function EditorView() {
  const { t } = useTranslation();
  const current = useApp((s) => s.document);
  const viewing = useApp((s) => s.viewingRevision);
  const loading = useApp((s) => s.loadingJourneyId !== null);
  // Charts and comparisons take the palette's room too; the canvas stays mounted beneath them.
  const resultsOpen = useApp((s) => s.simulationOpen && s.resultsView !== null);
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
  const view = useApp((s) => (s.simulationOpen ? s.resultsView : null));
  if (view === null) return null;
  return <Suspense fallback={null}>{view === 'charts' ? <ResultsView /> : <CompareView />}</Suspense>;
}

function SelectedStepPanel() {
  const simulationOpen = useApp((s) => s.simulationOpen);
  if (simulationOpen) return <SimulationPanel />;
  return <SelectionPanel />;
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
