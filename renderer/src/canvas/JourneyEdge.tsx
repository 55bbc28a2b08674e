// An edge that names its branch (yes / no) where the source has more than one output, and
// after a run its traffic: wider with more prospects, dashed and faded when none took it.
// The labels are drawn above the steps (app.css), so a step card never hides one.
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyFlowEdge } from './flowGraph';
import { outputLabel } from './outputLabel';
import { useApp } from '../store/StoreContext';
import { overlayOf } from '../../../shared/simulation/overlay';
import { formatPercent } from '../i18n/format';

function JourneyEdgeView(props: EdgeProps<JourneyFlowEdge>) {
  const { t } = useTranslation();
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10 });
  const output = props.data?.output ?? 'next';
  const showLabel = output !== 'next';
  const tone = ['yes', 'no', 'event', 'timeout', 'next'].includes(output) ? output : 'branch';
  const broken = useApp((s) => s.problemsByEdge.has(props.id));
  const traffic = useApp((s) => (s.runResults && s.runResults.journeyId === s.document?.id ? overlayOf(s.runResults.results).edges.get(props.id) : undefined));
  const showLabelNow = showLabel || traffic !== undefined;
  const empty = traffic !== undefined && traffic.traversals === 0;
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        className={`edge${props.selected ? ' edge--selected' : ''}${broken ? ' edge--error' : ''}${traffic ? ' edge--traffic' : ''}${empty ? ' edge--empty' : ''}`}
        style={traffic && !empty ? { strokeWidth: 1.5 + 7 * traffic.weight } : undefined}
      />
      {showLabelNow && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label--${tone}${empty ? ' edge-label--empty' : ''}`}
            data-testid={`edge-label-${props.id}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {showLabel && outputLabel(props.data?.sourceNode, output, t)}
            {traffic && <span className="edge-label__share" data-testid={`share-${props.id}`}>{showLabel ? ' · ' : ''}{formatPercent(traffic.share, 0)}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const edgeTypes = { journey: memo(JourneyEdgeView) };
