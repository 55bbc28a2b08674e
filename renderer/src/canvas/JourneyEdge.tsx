// An edge that names its branch (yes / no) where the source has more than one output.
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyFlowEdge } from './flowGraph';
import { outputLabel } from './outputLabel';
import { useApp } from '../store/StoreContext';

function JourneyEdgeView(props: EdgeProps<JourneyFlowEdge>) {
  const { t } = useTranslation();
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10 });
  const output = props.data?.output ?? 'next';
  const showLabel = output !== 'next';
  const tone = ['yes', 'no', 'event', 'timeout'].includes(output) ? output : 'branch';
  const broken = useApp((s) => s.problemsByEdge.has(props.id));
  return (
    <>
      <BaseEdge id={props.id} path={path} className={`edge${props.selected ? ' edge--selected' : ''}${broken ? ' edge--error' : ''}`} />
      {showLabel && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label--${tone}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {outputLabel(props.data?.sourceNode, output, t)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const edgeTypes = { journey: memo(JourneyEdgeView) };
