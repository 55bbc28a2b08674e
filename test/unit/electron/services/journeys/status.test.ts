import { describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../../electron/services';
import { JourneyStatus } from '../../../../../electron/services/journeys/status';
import type { JourneySummary } from '../../../../../shared/api/contract';
import { dispatch } from '../../../../../shared/api/dispatch';
import { createNode } from '../../../../../shared/journey/nodeTypes';
import type { JourneyDocument } from '../../../../../shared/journey/schema';
import { tempDir } from '../../../../support/tempDir';

async function call<T>(services: Services, channel: string, request: unknown): Promise<T> {
  const result = await dispatch(services.handlers, channel, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** Errors the problems panel shows for a stored journey (journeys:validate, as the app asks). */
async function panelErrors(services: Services, id: string): Promise<number> {
  const problems = await call<{ severity: string }[]>(services, 'journeys:validate', { document: services.journeys.load(id) });
  return problems.filter((p) => p.severity === 'error').length;
}

const listed = async (services: Services, id: string) => (await call<JourneySummary[]>(services, 'journeys:list', {})).find((j) => j.id === id)!;

describe('error counts in the journey summaries', () => {
  it('are what the problems panel finds: the samples are ready, a new journey is a draft until it is fixed', async () => {
    const services = createServices({ dataDir: tempDir() });
    expect((await call<JourneySummary[]>(services, 'journeys:list', {})).map((j) => j.errorCount)).toEqual([0, 0, 0, 0]);
    const created = await call<JourneySummary>(services, 'journeys:create', { name: 'Fresh' });
    expect(created.errorCount).toBeGreaterThan(0);
    expect(created.errorCount).toBe(await panelErrors(services, created.id));
    expect((await listed(services, created.id)).errorCount).toBe(created.errorCount);

    const { document, version } = services.journeys.loadVersioned(created.id);
    const exit = createNode('exit', 'n_done', { x: 300, y: 0 });
    const fixed: JourneyDocument = { ...document, nodes: [...document.nodes, exit], edges: [{ id: 'e_done', source: document.nodes[0]!.id, sourceOutput: 'next', target: exit.id }] };
    const saved = await call<JourneySummary>(services, 'journeys:save', { document: fixed, baseVersion: version });
    expect(saved.errorCount).toBe(0);
    expect((await listed(services, created.id)).errorCount).toBe(0);
    await services.close();
  });

  it('follow a change of the library made elsewhere: a template that loses its unsubscribe link makes the journeys using it drafts', async () => {
    const services = createServices({ dataDir: tempDir() });
    const whitepaper = (await call<JourneySummary[]>(services, 'journeys:list', {})).find((j) => j.name === 'Whitepaper follow-up (sample)')!;
    expect(whitepaper.errorCount).toBe(0);
    const template = services.templates.require('tpl_wp_delivery');
    const content = { name: template.name, subject: template.subject, preheader: template.preheader, topics: template.topics, language: template.language };
    const withoutLink = template.mjml.replaceAll('{{unsubscribeUrl}}', 'https://example.com/').replace(/<mj-include path="brand-footer"\s*\/>/, '');
    const broken = services.templates.save(template.id, { ...content, mjml: withoutLink }, null, template.revision);
    const count = (await listed(services, whitepaper.id)).errorCount;
    expect(count).toBeGreaterThan(0);
    expect(count).toBe(await panelErrors(services, whitepaper.id));
    services.templates.save(template.id, { ...content, mjml: template.mjml }, null, broken.revision);
    expect((await listed(services, whitepaper.id)).errorCount).toBe(0);
    await services.close();
  });

  it('validates a journey again only when it or the library changed', async () => {
    let contexts = 0;
    let stamp = 'a';
    const loaded: string[] = [];
    const status = new JourneyStatus({ stamp: () => stamp, context: async () => (contexts++, {}) }, (id) => {
      loaded.push(id);
      return { schemaVersion: 1, id, name: id, nodes: [createNode('entry', 'n1', { x: 0, y: 0 })], edges: [] };
    });
    const journey = (id: string, version: number) => ({ id, version, name: id, nodeCount: 1, createdAt: '', updatedAt: '' });
    const rows = [journey('j1', 1), journey('j2', 1)];
    expect((await status.summarizeAll(rows)).map((j) => j.errorCount)).toEqual([1, 1]);
    await status.summarizeAll(rows);
    expect(loaded).toEqual(['j1', 'j2']);
    await status.summarizeAll([journey('j1', 2), rows[1]!]);
    expect(loaded).toEqual(['j1', 'j2', 'j1']);
    stamp = 'b';
    await status.summarizeAll([journey('j1', 2), rows[1]!]);
    expect(loaded).toEqual(['j1', 'j2', 'j1', 'j1', 'j2']);
    expect(contexts).toBe(3);
  });
});
