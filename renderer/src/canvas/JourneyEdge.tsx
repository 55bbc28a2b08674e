// An edge that names its branch (yes / no) where the source has more than one output.
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyFlowEdge } from './flowGraph';

function JourneyEdgeView(props: EdgeProps<JourneyFlowEdge>) {
  const { t } = useTranslation();
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10 });
  const output = props.data?.output ?? 'next';
  const showLabel = output !== 'next';
  return (
    <>
      <BaseEdge id={props.id} path={path} className={`edge edge--${output}${props.selected ? ' edge--selected' : ''}`} />
      {showLabel && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label--${output}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {t(`outputs.${output}`)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const edgeTypes = { journey: memo(JourneyEdgeView) };
