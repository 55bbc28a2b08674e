import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../../shared/journey/changes';
import { copySteps, pasteSteps } from '../../../../shared/journey/clipboard';
import { JourneyDocument } from '../../../../shared/journey/schema';
import { smallJourney } from '../../../support/journeys';

let counter = 0;
const ids = (prefix: string) => `${prefix}_${++counter}`;

describe('copy and paste of steps', () => {
  it('copies the selected steps with the connections among them only', () => {
    const doc = smallJourney();
    const content = copySteps(doc, ['email', 'wait', 'opened'])!;
    expect(content.nodes.map((n) => n.id)).toEqual(['email', 'wait', 'opened']);
    expect(content.edges.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(copySteps(doc, [])).toBeNull();
  });

  it('pastes with new ids, offset positions, and references remapped to the copies', () => {
    const doc = smallJourney();
    const { changes, nodeIds } = pasteSteps(copySteps(doc, ['email', 'wait', 'opened'])!, { x: 40, y: 40 }, ids);
    const next = applyChanges(doc, changes);
    expect(next.nodes).toHaveLength(doc.nodes.length + 3);
    expect(next.edges).toHaveLength(doc.edges.length + 2);
    const pastedCondition = next.nodes.find((n) => n.id === nodeIds[2])!;
    const pastedEmail = next.nodes.find((n) => n.id === nodeIds[0])!;
    expect(pastedCondition.type === 'condition' && pastedCondition.params.rule.kind === 'engagement' && pastedCondition.params.rule.emailNodeId).toBe(pastedEmail.id);
    expect(pastedEmail.position).toEqual({ x: doc.nodes[1]!.position.x + 40, y: doc.nodes[1]!.position.y + 40 });
    expect(JourneyDocument.safeParse(next).success).toBe(true);
  });
});
