import { describe, expect, it } from 'vitest';
import { applyChange, applyChanges, checkConnection, insertIntoEdge } from '../../../../shared/journey/changes';
import { createNode } from '../../../../shared/journey/nodeTypes';
import { JourneyDocument } from '../../../../shared/journey/schema';
import { sampleJourney } from '../../../support/sampleJourney';

describe('journey changes', () => {
  it('adds, moves and connects nodes without touching the original document', () => {
    const doc = sampleJourney();
    const before = JSON.stringify(doc);
    const email = createNode('sendEmail', 'n_new_email', { x: 10, y: 20 });
    const next = applyChanges(doc, [
      { kind: 'addNode', node: email },
      { kind: 'moveNodes', moves: [{ id: 'n_new_email', position: { x: 300, y: 40 } }] },
      { kind: 'connect', edge: { id: 'e_new', source: 'exit_quiet', sourceOutput: 'next', target: 'n_new_email' } },
    ]);
    expect(JSON.stringify(doc)).toBe(before);
    expect(next.nodes.find((n) => n.id === 'n_new_email')?.position).toEqual({ x: 300, y: 40 });
    // An exit has no outputs, so that connection was refused and not added.
    expect(next.edges.some((e) => e.id === 'e_new')).toBe(false);
    expect(JourneyDocument.safeParse(next).success).toBe(true);
  });

  it('keeps unchanged nodes identical so the canvas can skip them', () => {
    const doc = sampleJourney();
    const next = applyChange(doc, { kind: 'moveNodes', moves: [{ id: 'score_click', position: { x: 1, y: 2 } }] });
    expect(next.nodes[0]).toBe(doc.nodes[0]);
    expect(next.nodes.find((n) => n.id === 'score_click')).not.toBe(doc.nodes.find((n) => n.id === 'score_click'));
  });

  it('removes the edges of a removed node', () => {
    const doc = sampleJourney();
    const touching = doc.edges.filter((e) => e.source === 'score_click' || e.target === 'score_click').length;
    expect(touching).toBe(3);
    const next = applyChange(doc, { kind: 'removeElements', nodeIds: ['score_click'], edgeIds: [] });
    expect(next.nodes.some((n) => n.id === 'score_click')).toBe(false);
    expect(next.edges.some((e) => e.source === 'score_click' || e.target === 'score_click')).toBe(false);
    expect(next.edges.length).toBe(doc.edges.length - touching);
    expect(JourneyDocument.safeParse(next).success).toBe(true);
  });

  it('refuses connections the model forbids, with a reason', () => {
    const doc = sampleJourney();
    const reason = (c: { source: string; sourceOutput: string; target: string }) => {
      const check = checkConnection(doc, c);
      return check.ok ? 'ok' : check.reason;
    };
    expect(reason({ source: 'score_click', sourceOutput: 'next', target: 'score_click' })).toMatch(/itself/);
    expect(reason({ source: 'score_click', sourceOutput: 'yes', target: 'exit_quiet' })).toMatch(/no output "yes"/);
    expect(reason({ source: 'score_click', sourceOutput: 'next', target: 'entry' })).toMatch(/entry/);
    expect(reason({ source: 'score_click', sourceOutput: 'next', target: 'exit_quiet' })).toMatch(/already connected/);
    expect(reason({ source: 'ghost', sourceOutput: 'next', target: 'exit_quiet' })).toMatch(/Both ends/);
    const freed = applyChange(doc, { kind: 'removeElements', nodeIds: [], edgeIds: ['e_score_click_next'] });
    expect(checkConnection(freed, { source: 'score_click', sourceOutput: 'next', target: 'exit_quiet' })).toEqual({ ok: true });
  });
});

describe('inserting a step into a connection', () => {
  it('rewires source → new step → target and keeps the document valid', () => {
    const doc = sampleJourney();
    let n = 0;
    const wait = createNode('wait', 'n_inserted', { x: 0, y: 0 });
    const changes = insertIntoEdge(doc, 'e_entry_next', wait, () => `e_new_${++n}`)!;
    const next = applyChanges(doc, changes);
    expect(next.edges.some((e) => e.id === 'e_entry_next')).toBe(false);
    expect(next.edges.filter((e) => e.id.startsWith('e_new_')).map((e) => [e.source, e.sourceOutput, e.target])).toEqual([
      ['entry', 'next', 'n_inserted'],
      ['n_inserted', 'next', 'email_delivery'],
    ]);
    expect(JourneyDocument.safeParse(next).success).toBe(true);
    expect(insertIntoEdge(doc, 'missing', wait, () => 'x')).toBeNull();
    expect(insertIntoEdge(doc, 'e_entry_next', createNode('entry', 'n_e', { x: 0, y: 0 }), () => 'x')).toBeNull();
  });
});
