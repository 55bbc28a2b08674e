// React Flow measures a step's handles when it is first drawn. When the outputs change later
// (a hand-off switched to one output per answer of sales, a split's branches) it has to measure
// again, or connections from the new outputs are not drawn until the journey is opened afresh.
import { useUpdateNodeInternals } from '@xyflow/react';
import { useEffect, useRef } from 'react';

export function useMeasureNewOutputs(nodeId: string, outputs: readonly string[]): void {
  const updateNodeInternals = useUpdateNodeInternals();
  const key = outputs.join(' ');
  const measured = useRef(key);
  useEffect(() => {
    if (measured.current === key) return;
    measured.current = key;
    updateNodeInternals(nodeId);
  }, [key, nodeId, updateNodeInternals]);
}
