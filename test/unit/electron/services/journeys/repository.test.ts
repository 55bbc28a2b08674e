import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
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
      'Buying centre (sample)',
    ]);
    expect(services.templates.list().map((t) => t.id)).toContain('tpl_wp_delivery');
    // The buying-centre sample writes with the starter templates: seeding reuses them rather than adding copies.
    const buyingCentreTemplates = services.journeys.load('sample_buying_centre').nodes.flatMap((n) => (n.type === 'sendEmail' ? [n.params.templateId] : []));
    expect(buyingCentreTemplates.length).toBeGreaterThan(5);
    expect(buyingCentreTemplates.every((id) => id?.startsWith('starter-'))).toBe(true);
    expect(services.templates.list().filter((t) => t.id.startsWith('t_'))).toEqual([]);
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
    const loaded: { document: { name: string; nodes: { type: string }[] }; version: number } = await call('journeys:load', { id: created.id });
    expect(loaded.document.name).toBe('Webinar follow-up');
    expect(loaded.document.nodes.map((n) => n.type)).toEqual(['entry']);
    expect(loaded.version).toBe(2); // created, renamed
    const copy: { id: string; name: string } = await call('journeys:duplicate', { id: created.id });
    expect(copy.name).toBe('Webinar follow-up (copy)');
    expect(copy.id).not.toBe(created.id);
    const copyDoc: { document: { id: string }; version: number } = await call('journeys:load', { id: copy.id });
    expect(copyDoc).toMatchObject({ document: { id: copy.id }, version: 1 });
    await call('journeys:delete', { id: created.id });
    const names = ((await call('journeys:list', {})) as { name: string }[]).map((j) => j.name).sort();
    expect(names).toEqual([
      'Buying centre (sample)',
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
    const saved = await dispatch(services.handlers, 'journeys:save', { document: doc, baseVersion: 1 });
    expect(saved.ok).toBe(true);
    const good = JSON.stringify(services.journeys.load(doc.id));

    const broken = structuredClone(doc) as unknown as { nodes: { params: Record<string, unknown> }[] };
    const waitIndex = doc.nodes.findIndex((n) => n.type === 'wait' && n.params.mode === 'duration');
    broken.nodes[waitIndex]!.params.amount = 'three';
    const refused = await dispatch(services.handlers, 'journeys:save', { document: broken, baseVersion: 2 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(!refused.ok && refused.error.message).toContain(`document.nodes[${waitIndex}].params.amount`);
    expect(JSON.stringify(services.journeys.load(doc.id))).toBe(good);
    services.close();
  });

  it('refuses to save a journey that does not exist', async () => {
    const services = createServices({ dataDir: tempDir() });
    const doc = services.journeys.load(services.journeys.list()[0]!.id);
    const result = await dispatch(services.handlers, 'journeys:save', { document: { ...doc, id: 'j_missing' }, baseVersion: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    services.close();
  });

  it('reports a damaged database file to the user and starts fresh', () => {
    const dataDir = tempDir();
    fs.writeFileSync(`${dataDir}/${DATABASE_FILE_NAME}`, 'garbage '.repeat(1000));
    const services = createServices({ dataDir });
    expect(services.notices[0]).toMatch(/damaged.*moved to .*damaged-/);
    expect(services.journeys.list()).toHaveLength(4); // seeded again
    services.close();
  });
});

describe('journey versions', () => {
  it('counts every write of a journey, and refuses a save based on an older version without changing anything', async () => {
    const services = createServices({ dataDir: tempDir() });
    const call = (channel: string, request: unknown) => dispatch(services.handlers, channel, request);
    const versionOf = (id: string) => services.journeys.list().find((j) => j.id === id)?.version;
    const { document, version } = services.journeys.loadVersioned('sample_webinar');
    expect(version).toBe(1);

    expect(await call('journeys:save', { document, baseVersion: 1 })).toMatchObject({ ok: true, value: { id: 'sample_webinar', version: 2 } });
    expect(await call('journeys:rename', { id: 'sample_webinar', name: 'Renamed' })).toMatchObject({ ok: true, value: { version: 3 } });
    // A save based on version 2 would undo the rename: refused, and the stored journey stays as it is.
    const stored = JSON.stringify(services.journeys.load('sample_webinar'));
    const refused = await call('journeys:save', { document: { ...document, name: 'Stale' }, baseVersion: 2 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', conflict: { kind: 'journey', storedVersion: 3, stored: { name: 'Renamed' } } } });
    expect(!refused.ok && refused.error.message).toMatch(/“Renamed” was changed elsewhere after version 2 was opened here \(it is at version 3 now\)/);
    expect(JSON.stringify(services.journeys.load('sample_webinar'))).toBe(stored);
    expect(versionOf('sample_webinar')).toBe(3);
    // A save based on a version that never existed is no better.
    expect(await call('journeys:save', { document, baseVersion: 7 })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    services.journeys.saveRevision('sample_webinar', 'Kept');
    expect(versionOf('sample_webinar')).toBe(3); // keeping a named revision does not change the journey
    expect(await call('journeys:restoreRevision', { id: 'sample_webinar', revision: 1 })).toMatchObject({ ok: true, value: { version: 4, document: { name: 'Renamed' } } });
    expect(await call('journeys:save', { document, baseVersion: 3 })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // New journeys, copies and imports start at version 1.
    const copy = await call('journeys:duplicate', { id: 'sample_webinar' });
    expect(copy).toMatchObject({ ok: true, value: { version: 1 } });
    const exported = await services.exchange.exportJourney('sample_webinar');
    expect(await call('journeys:import', { content: exported.content })).toMatchObject({ ok: true, value: { journey: { version: 1 } } });
    services.close();
  });

  it('gives journeys stored before versions existed version 1', () => {
    const dataDir = tempDir();
    createServices({ dataDir }).close();
    const db = new BetterSqlite3(`${dataDir}/${DATABASE_FILE_NAME}`);
    // Back to schema 6: the journeys table as it was, with its rows.
    db.exec('ALTER TABLE journeys DROP COLUMN version');
    db.pragma('user_version = 6');
    db.close();
    const services = createServices({ dataDir });
    expect(services.journeys.list().map((j) => j.version)).toEqual([1, 1, 1, 1]);
    expect(services.journeys.loadVersioned('sample_webinar').version).toBe(1);
    services.close();
  });
});

describe('journey revisions', () => {
  it('saves named revisions, loads one, and restores it keeping the replaced version', () => {
    const services = createServices({ dataDir: tempDir() });
    const first = services.journeys.saveRevision('sample_webinar', 'As shipped');
    expect(first).toMatchObject({ revision: 1, name: 'As shipped', nodeCount: 22 });
    const doc = services.journeys.load('sample_webinar');
    services.journeys.save({ ...doc, nodes: doc.nodes.filter((n) => n.id !== 'exit_noshow'), edges: doc.edges.filter((e) => e.target !== 'exit_noshow') }, 1);
    expect(services.journeys.load('sample_webinar').nodes).toHaveLength(21);
    expect(services.journeys.loadRevision('sample_webinar', 1).nodes).toHaveLength(22);
    const restored = services.journeys.restoreRevision('sample_webinar', 1);
    expect(restored.document.nodes).toHaveLength(22);
    expect(restored.version).toBe(3); // seeded, saved, restored
    expect(services.journeys.revisions('sample_webinar').map((r) => [r.revision, r.name, r.nodeCount])).toEqual([
      [2, 'Before restoring revision 1', 21],
      [1, 'As shipped', 22],
    ]);
    expect(() => services.journeys.loadRevision('sample_webinar', 9)).toThrow(/no revision 9/);
    services.journeys.delete('sample_webinar');
    void services.close();
  });
});
