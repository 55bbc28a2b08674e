// The journey's problems from validation: errors first; clicking one selects its step and
// brings it into view.
import { useReactFlow } from '@xyflow/react';
import { ChevronDown, ChevronUp, CircleAlert, CircleCheck, TriangleAlert } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/journey/validate';
import { useApp, useAppStoreApi } from '../store/StoreContext';
import { problemText } from './problemText';
import { STEP_BOX } from '../../../shared/journey/placement';

export function ProblemsPanel() {
  const { t } = useTranslation();
  const problems = useApp((s) => s.problems);
  const document = useApp((s) => s.document);
  // Problems name steps by id; a large journey has hundreds of each, so look them up by id.
  const stepsById = useMemo(() => new Map((document?.nodes ?? []).map((n) => [n.id, n])), [document]);
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const [open, setOpen] = useState(true);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;

  const focus = (problem: Problem) => {
    const state = store.getState();
    // The reason lies in a setting (fit rules, stage rules, routing): open it.
    if (problem.setting) state.showJourneyTab(problem.setting);
    else if (problem.nodeId) {
      state.setSelection([problem.nodeId], []);
      const node = flow.getNode(problem.nodeId);
      if (node) {
        const width = node.measured?.width ?? STEP_BOX.width;
        const height = node.measured?.height ?? STEP_BOX.height;
        void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 250 });
      }
    } else if (problem.edgeId) {
      state.setSelection([], [problem.edgeId]);
    }
  };

  return (
    <section className={`problems${open ? ' problems--open' : ''}`} aria-label={t('problems.heading')} data-testid="problems-panel">
      <button type="button" className="problems__head" onClick={() => setOpen(!open)} data-testid="problems-toggle">
        {errors > 0 ? <CircleAlert size={15} className="problems__error-icon" /> : warnings > 0 ? <TriangleAlert size={15} className="problems__warn-icon" /> : <CircleCheck size={15} className="problems__ok-icon" />}
        <span data-testid="problems-summary">{problems.length === 0 ? t('problems.none') : t('problems.summary', { errors, warnings })}</span>
        {open ? <ChevronDown size={15} /> : <ChevronUp size={15} />}
      </button>
      {open && problems.length > 0 && (
        <ul className="problems__list">
          {problems.map((p, i) => (
            <li key={`${p.code}-${p.nodeId ?? p.edgeId ?? i}-${i}`}>
              <button type="button" className={`problems__item problems__item--${p.severity}`} onClick={() => focus(p)} data-testid="problem" data-code={p.code} data-node-id={p.nodeId ?? ''} data-setting={p.setting ?? ''}>
                {p.severity === 'error' ? <CircleAlert size={14} aria-hidden /> : <TriangleAlert size={14} aria-hidden />}
                <span>{problemText(p, t, (id) => stepsById.get(id))}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
