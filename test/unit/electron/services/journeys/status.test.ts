import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services';
import { JourneyStatus } from '../../../../../electron/services/journeys/status';
import { dispatch } from '../../../../../shared/api/dispatch';
import { createNode } from '../../../../../shared/journey/nodeTypes';
import { validateJourney } from '../../../../../shared/journey/validate';
import { tempDir } from '../../../../support/tempDir';

const errorsOf = (problems: readonly { severity: string }[]) => problems.filter((p) => p.severity === 'error').length;

describe('error counts in the journey list', () => {
  it('are what the problems panel finds: the samples are ready, a new journey is a draft until it is fixed', async () => {
    const services = createServices({ dataDir: tempDir() });
    expect(services.journeys.list().map((j) => j.errorCount)).toEqual([0, 0, 0]);
    const created = services.journeys.create('Fresh');
    const { document, version } = services.journeys.loadVersioned(created.id);
    const validated = await dispatch(services.handlers, 'journeys:validate', { document });
    if (!validated.ok) throw new Error(validated.error.message);
    const problems = validated.value as readonly { severity: string }[];
    expect(created.errorCount).toBeGreaterThan(0);
    expect(created.errorCount).toBe(errorsOf(problems));
    expect(services.journeys.list().find((j) => j.id === created.id)?.errorCount).toBe(created.errorCount);

    const exit = createNode('exit', 'n_done', { x: 300, y: 0 });
    const fixed = { ...document, nodes: [...document.nodes, exit], edges: [{ id: 'e_done', source: document.nodes[0]!.id, sourceOutput: 'next', target: exit.id }] };
    const saved = services.journeys.save(fixed, version);
    expect(saved.errorCount).toBe(0);
    expect(services.journeys.list().find((j) => j.id === created.id)?.errorCount).toBe(0);
    await services.close();
  });

  it('follow a change of the library made elsewhere: a template that loses its unsubscribe link makes the journeys using it drafts', async () => {
    const services = createServices({ dataDir: tempDir() });
    const whitepaper = () => services.journeys.list().find((j) => j.name === 'Whitepaper follow-up (sample)')!;
    expect(whitepaper().errorCount).toBe(0);
    const template = services.templates.require('tpl_wp_delivery');
    const content = { name: template.name, subject: template.subject, preheader: template.preheader, topics: template.topics, language: template.language };
    const withoutFooter = services.templates.save(template.id, { ...content, mjml: template.mjml.replaceAll('{{unsubscribeUrl}}', 'https://example.com/').replace(/<mj-include path="brand-footer"\s*\/>/, '') }, null, template.revision);
    const broken = whitepaper().errorCount;
    const expected = errorsOf(validateJourney(services.journeys.load(whitepaper().id), { templates: services.templates.infoById(), journeyIds: new Set(services.journeys.ids()) }));
    expect(broken).toBeGreaterThan(0);
    expect(broken).toBe(expected);
    services.templates.save(template.id, { ...content, mjml: template.mjml }, null, withoutFooter.revision);
    expect(whitepaper().errorCount).toBe(0);
    await services.close();
  });

  it('validates a journey again only when it or the library changed', () => {
    let contexts = 0;
    let stamp = 'a';
    const status = new JourneyStatus({ stamp: () => stamp, context: () => (contexts++, {}) });
    const loaded: string[] = [];
    const load = (id: string) => {
      loaded.push(id);
      return { schemaVersion: 1, id, name: id, nodes: [createNode('entry', 'n1', { x: 0, y: 0 })], edges: [] };
    };
    const rows = [{ id: 'j1', version: 1 }, { id: 'j2', version: 1 }];
    expect([...status.errorCounts(rows, load).values()]).toEqual([1, 1]);
    status.errorCounts(rows, load);
    expect(loaded).toEqual(['j1', 'j2']);
    status.errorCounts([{ id: 'j1', version: 2 }, rows[1]!], load);
    expect(loaded).toEqual(['j1', 'j2', 'j1']);
    stamp = 'b';
    status.errorCounts([{ id: 'j1', version: 2 }, rows[1]!], load);
    expect(loaded).toEqual(['j1', 'j2', 'j1', 'j1', 'j2']);
    expect(contexts).toBe(3);
  });
});
