// A step on the canvas: type, label, one-line summary, an input and one handle per named
// output — on the left and right when the journey is drawn left to right, on top and along
// the bottom when drawn downwards. Every free output carries a "+" (with the branch's name
// where there are several) that opens the menu of steps to add there.
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { Fragment, memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsInput, NODE_TYPES, outputsOf } from '../../../shared/journey/nodeTypes';
import type { NodeType } from '../../../shared/journey/schema';
import { useApp } from '../store/StoreContext';
import { type JourneyFlowNode, TARGET_HANDLE } from './flowGraph';
import { STEP_VIEWS } from '../editor/steps/stepViews';
import { overlayOf } from '../../../shared/simulation/overlay';
import { activeReplay, visitedNodes } from '../simulation/replay';
import { outputLabel } from './outputLabel';
import { referencedStepId, summarizeNode } from './nodeSummary';
import { formatNumber } from '../i18n/format';
import { useCanvasSurroundings } from './canvasContext';
import { useMeasureNewOutputs } from './useMeasureNewOutputs';

function StepNodeView({ data, selected }: NodeProps<JourneyFlowNode>) {
  const { t } = useTranslation();
  const node = data.node;
  const look = STEP_VIEWS[node.type];
  const Icon = look.icon;
  // Narrow selections: the step this one names (if any) and the template list; the summary
  // is recomputed only when one of them changes, not on every store update.
  const referenced = useApp((s) => {
    const id = referencedStepId(node);
    return id === null ? null : (s.document?.nodes.find((n) => n.id === id) ?? null);
  });
  const templates = useApp((s) => s.templatesById);
  const summary = useMemo(
    () => summarizeNode(node, (id) => (referenced?.id === id ? referenced : undefined), templates, t),
    [node, referenced, templates, t],
  );
  const outputs = outputsOf(node);
  useMeasureNewOutputs(node.id, outputs);
  const connected = data.connectedOutputs.split(' ');
  const { direction, readOnly, openStepMenu } = useCanvasSurroundings();
  const down = direction === 'topToBottom';
  const problem = useApp((s) => s.problemsByNode.get(node.id));
  const stats = useApp((s) => (s.runResults && s.runResults.journeyId === s.document?.id ? overlayOf(s.runResults.results).nodes.get(node.id) : undefined));
  const typeName = t(`nodeTypes.${node.type}.name`);
  // Replay: the prospect's current step, and the steps it has passed.
  const replayMark = useApp((s) => {
    const replay = activeReplay(s);
    if (!replay) return '';
    if (replay.timeline.steps[replay.position]?.nodeId === node.id) return ' step--replay-current';
    return visitedNodes(replay).has(node.id) ? ' step--replay-visited' : '';
  });

  return (
    <div
      className={`step step--${look.accent}${down ? ' step--down' : ''}${selected ? ' step--selected' : ''}${problem ? ` step--${problem}` : ''}${stats?.hot ? ' step--hot' : ''}${replayMark}`}
      data-problem={problem ?? ''}
      data-testid={`node-${node.id}`}
      data-node-type={node.type}
    >
      {acceptsInput(node.type) && (
        <Handle type="target" position={down ? Position.Top : Position.Left} id={TARGET_HANDLE} data-testid={`handle-${node.id}-in`} />
      )}
      {stats && (
        <div
          className="step__stats"
          data-testid={`overlay-${node.id}`}
          data-entered={stats.entered}
          data-waiting={stats.waiting}
          data-exited={stats.exited}
          title={[
            t('simulation.badge', { entered: formatNumber(stats.entered), waiting: formatNumber(stats.waiting), exited: formatNumber(stats.exited) }),
            ...(stats.exits.unsubscribed ? [t('simulation.badgeUnsubscribed', { count: formatNumber(stats.exits.unsubscribed) })] : []),
          ].join('\n')}
        >
          <span>{formatNumber(stats.entered)}</span>
          {stats.waiting > 0 && <span className="step__stats-waiting">⏸ {formatNumber(stats.waiting)}</span>}
        </div>
      )}
      <div className="step__head">
        <Icon className="step__icon" size={16} aria-hidden />
        <span className="step__type">{typeName}</span>
      </div>
      {node.label && <div className="step__label">{node.label}</div>}
      <div className="step__summary" title={summary}>
        {summary}
      </div>
      {outputs.map((output, index) => {
        const along = `${((index + 1) * 100) / (outputs.length + 1)}%`;
        const place = down ? { left: along } : { top: along };
        const free = !connected.includes(output);
        // Once connected, the edge carries the branch name; a label here would repeat it.
        const name = outputs.length > 1 && free ? outputLabel(node, output, t) : '';
        const what = t('workspace.addAfter', { output: name || typeName });
        return (
          <Fragment key={output}>
            <Handle type="source" position={down ? Position.Bottom : Position.Right} id={output} className={`handle--${output}`} style={place} data-testid={`handle-${node.id}-${output}`} />
            {free && !readOnly && (
              <button
                type="button"
                className="output-tag add-after nodrag nopan"
                style={place}
                aria-label={what}
                title={what}
                data-testid={`add-after-${node.id}-${output}`}
                onClick={(e) => {
                  e.stopPropagation();
                  const box = e.currentTarget.getBoundingClientRect();
                  openStepMenu({ after: { nodeId: node.id, output }, at: { x: box.left, y: box.bottom + 4 } });
                }}
              >
                +{name && <span>{name}</span>}
              </button>
            )}
            {free && readOnly && name && (
              <span className="output-tag" style={place}>
                {name}
              </span>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}

const StepNode = memo(StepNodeView);

/** React Flow looks components up by type; every step type shares the card layout. */
export const nodeTypes = Object.fromEntries(NODE_TYPES.map((type) => [type, StepNode])) as Record<NodeType, typeof StepNode>;
