import { describe, expect, it } from 'vitest';
import { matchingGroups } from '../../../../renderer/src/canvas/stepSearch';
import { NODE_TYPES } from '../../../../shared/journey/nodeTypes';
import type { NodeType } from '../../../../shared/journey/schema';

const german: Partial<Record<NodeType, string>> = { wait: 'Warten Eine Weile pausieren', waitForEvent: 'Auf Reaktion warten', handoff: 'An Vertrieb übergeben', sendEmail: 'E-Mail senden' };
const describe_ = (type: NodeType) => german[type] ?? type;

describe('finding a step kind by name', () => {
  it('lists every kind for an empty query, in the palette’s groups', () => {
    expect(matchingGroups('', describe_).flatMap((g) => g.types).sort()).toEqual([...NODE_TYPES].sort());
  });

  it('matches every word anywhere, ignoring case and accents, and drops empty groups', () => {
    expect(matchingGroups('WARTEN', describe_).flatMap((g) => g.types)).toEqual(['wait', 'waitForEvent']);
    expect(matchingGroups('ubergeben vertrieb', describe_)).toEqual([{ id: 'lead', types: ['handoff'] }]);
    expect(matchingGroups('nothing like it', describe_)).toEqual([]);
  });

  it('leaves out kinds that may not go there (nothing connects into an entry)', () => {
    expect(matchingGroups('', describe_, (t) => t !== 'entry').flatMap((g) => g.types)).not.toContain('entry');
  });
});
