import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createServices, DATABASE_FILE_NAME } from '../../../../../electron/services';
import { dispatch } from '../../../../../shared/api/dispatch';
import { tempDir } from '../../../../support/tempDir';

function fixedClock() {
  let t = Date.parse('2026-11-23T09:00:00Z');
  return () => new Date((t += 1000));
}

describe('journeys repository through the API handlers', () => {
  it('seeds a fresh data directory with the sample journeys and their templates, once', () => {
    const dataDir = tempDir();
    const services = createServices({ dataDir });
    // The flagship sample comes first, so a new user sees it.
    expect(services.journeys.list().map((j) => j.name)).toEqual([
      'Whitepaper follow-up (sample)',
      'Webinar: Marketing automation live (sample)',
      'Re-engagement: last chance (sample)',
    ]);
    expect(services.templates.list().map((t) => t.id)).toContain('tpl_wp_delivery');
    for (const seeded of services.journeys.list()) services.journeys.delete(seeded.id);
    services.close();
    const reopened = createServices({ dataDir });
    expect(reopened.journeys.list()).toEqual([]);
    expect(fs.existsSync(`${dataDir}/${DATABASE_FILE_NAME}`)).toBe(true);
    reopened.close();
  });

  it('creates, renames, duplicates and deletes journeys', async () => {
    const services = createServices({ dataDir: tempDir(), now: fixedClock() });
    const call = async (channel: string, request: unknown) => {
      const result = await dispatch(services.handlers, channel, request);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as never;
    };
    const created: { id: string; nodeCount: number } = await call('journeys:create', { name: 'Webinar nurture' });
    expect(created.nodeCount).toBe(1); // a new journey starts with its entry
    await call('journeys:rename', { id: created.id, name: 'Webinar follow-up' });
    const loaded: { name: string; nodes: { type: string }[] } = await call('journeys:load', { id: created.id });
    expect(loaded.name).toBe('Webinar follow-up');
    expect(loaded.nodes.map((n) => n.type)).toEqual(['entry']);
    const copy: { id: string; name: string } = await call('journeys:duplicate', { id: created.id });
    expect(copy.name).toBe('Webinar follow-up (copy)');
    expect(copy.id).not.toBe(created.id);
    const copyDoc: { id: string } = await call('journeys:load', { id: copy.id });
    expect(copyDoc.id).toBe(copy.id);
    await call('journeys:delete', { id: created.id });
    const names = ((await call('journeys:list', {})) as { name: string }[]).map((j) => j.name).sort();
    expect(names).toEqual([
      'Re-engagement: last chance (sample)',
      'Webinar follow-up (copy)',
      'Webinar: Marketing automation live (sample)',
      'Whitepaper follow-up (sample)',
    ]);
    await expect(call('journeys:load', { id: created.id })).rejects.toThrow(/No journey/);
    services.close();
  });

  it('saves a valid document and refuses an invalid one, leaving the stored one untouched', async () => {
    const services = createServices({ dataDir: tempDir() });
    const doc = services.journeys.load('sample_webinar');
    doc.nodes[0]!.position = { x: 500, y: 60 };
    const saved = await dispatch(services.handlers, 'journeys:save', { document: doc });
    expect(saved.ok).toBe(true);
    const good = JSON.stringify(services.journeys.load(doc.id));

    const broken = structuredClone(doc) as unknown as { nodes: { params: Record<string, unknown> }[] };
    const waitIndex = doc.nodes.findIndex((n) => n.type === 'wait' && n.params.mode === 'duration');
    broken.nodes[waitIndex]!.params.amount = 'three';
    const refused = await dispatch(services.handlers, 'journeys:save', { document: broken });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(!refused.ok && refused.error.message).toContain(`document.nodes[${waitIndex}].params.amount`);
    expect(JSON.stringify(services.journeys.load(doc.id))).toBe(good);
    services.close();
  });

  it('refuses to save a journey that does not exist', async () => {
    const services = createServices({ dataDir: tempDir() });
    const doc = services.journeys.load(services.journeys.list()[0]!.id);
    const result = await dispatch(services.handlers, 'journeys:save', { document: { ...doc, id: 'j_missing' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    services.close();
  });

  it('reports a damaged database file to the user and starts fresh', () => {
    const dataDir = tempDir();
    fs.writeFileSync(`${dataDir}/${DATABASE_FILE_NAME}`, 'garbage '.repeat(1000));
    const services = createServices({ dataDir });
    expect(services.notices[0]).toMatch(/damaged.*moved to .*damaged-/);
    expect(services.journeys.list()).toHaveLength(3); // seeded again
    services.close();
  });
});

describe('journey revisions', () => {
  it('saves named revisions, loads one, and restores it keeping the replaced version', () => {
    const services = createServices({ dataDir: tempDir() });
    const first = services.journeys.saveRevision('sample_webinar', 'As shipped');
    expect(first).toMatchObject({ revision: 1, name: 'As shipped', nodeCount: 20 });
    const doc = services.journeys.load('sample_webinar');
    services.journeys.save({ ...doc, nodes: doc.nodes.filter((n) => n.id !== 'exit_noshow'), edges: doc.edges.filter((e) => e.target !== 'exit_noshow') });
    expect(services.journeys.load('sample_webinar').nodes).toHaveLength(19);
    expect(services.journeys.loadRevision('sample_webinar', 1).nodes).toHaveLength(20);
    const restored = services.journeys.restoreRevision('sample_webinar', 1);
    expect(restored.nodes).toHaveLength(20);
    expect(services.journeys.revisions('sample_webinar').map((r) => [r.revision, r.name, r.nodeCount])).toEqual([
      [2, 'Before restoring revision 1', 19],
      [1, 'As shipped', 20],
    ]);
    expect(() => services.journeys.loadRevision('sample_webinar', 9)).toThrow(/no revision 9/);
    services.journeys.delete('sample_webinar');
    void services.close();
  });
});
