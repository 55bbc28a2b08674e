// Importing a journey the library already has: asked about, replaced (the old state kept as
// a named revision) or imported as a numbered copy; the templates it brings that the library
// already holds are reused, not duplicated.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../../electron/services';
import { ApiError } from '../../../../../shared/api/errors';
import { defaultCostModel, defaultSalesModel } from '../../../../../shared/sales/schema';
import { readSample } from '../../../../support/samples';
import { tempDir } from '../../../../support/tempDir';

describe('importing a journey the library already has', () => {
  let services: Services;
  afterEach(() => services.close());

  it('asks, replaces or copies; reuses the templates it already has', () => {
    services = createServices({ dataDir: tempDir() });
    const file = readSample('whitepaper-follow-up.journey.json');
    const templatesBefore = services.templates.list('email').length;
    const journeysBefore = services.journeys.list().length;

    let refused: unknown;
    try {
      services.exchange.importText(file, undefined, 'ask');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).conflict).toEqual({ kind: 'journeyExists', id: 'sample_whitepaper', name: 'Whitepaper follow-up (sample)' });
    expect(services.journeys.list()).toHaveLength(journeysBefore);

    const first = services.exchange.importText(file, undefined, 'copy');
    const second = services.exchange.importText(file, undefined, 'copy');
    expect(first.journey.name).toBe('Whitepaper follow-up (sample) (2)');
    expect(second.journey.name).toBe('Whitepaper follow-up (sample) (3)');
    expect(services.templates.list('email')).toHaveLength(templatesBefore);
    const copy = services.journeys.load(first.journey.id);
    const original = services.journeys.load('sample_whitepaper');
    const templateIds = (doc: typeof copy) => doc.nodes.flatMap((n) => (n.type === 'sendEmail' ? [n.params.templateId] : []));
    expect(templateIds(copy)).toEqual(templateIds(original));

    // Replace: the same id, the imported content, the former state kept as a named revision.
    services.journeys.rename('sample_whitepaper', 'Whitepaper follow-up (sample)');
    const edited = services.journeys.loadVersioned('sample_whitepaper');
    services.journeys.save({ ...edited.document, nodes: edited.document.nodes.map((n) => (n.id === 'entry' ? { ...n, label: 'Edited here' } : n)) }, edited.version);
    const replaced = services.exchange.importText(file, undefined, 'replace');
    expect(replaced).toMatchObject({ replaced: true, journey: { id: 'sample_whitepaper' } });
    expect(services.journeys.load('sample_whitepaper').nodes.find((n) => n.id === 'entry')!.label).not.toBe('Edited here');
    const revisions = services.journeys.revisions('sample_whitepaper');
    const before = revisions.find((r) => r.name === 'Before import')!;
    expect(services.journeys.loadRevision('sample_whitepaper', before.revision).nodes.find((n) => n.id === 'entry')!.label).toBe('Edited here');
  });
});

describe('the sales side through the library', () => {
  let services: Services;
  afterEach(() => services.close());

  it('a seeded sample keeps its sales and cost settings; a file from before them gets the defaults, stored and exported', async () => {
    services = createServices({ dataDir: tempDir() });
    const shipped = JSON.parse(readSample('whitepaper-follow-up.journey.json')).journey;
    const exported = JSON.parse((await services.exchange.exportJourney('sample_whitepaper')).content).journey;
    expect(exported.sales).toEqual(shipped.sales);
    expect(exported.sales.enabled).toBe(true);
    expect(exported.costs).toEqual(shipped.costs);

    const old = fs.readFileSync('test/fixtures/exchange/webinar-before-sales.journey.json', 'utf8');
    const imported = services.exchange.importText(old, undefined, 'copy');
    const stored = services.journeys.load(imported.journey.id);
    expect(stored.sales).toEqual(defaultSalesModel());
    expect(stored.costs).toEqual(defaultCostModel());
    expect(stored.nodes.find((n) => n.type === 'handoff')!.params).toMatchObject({ branchOnAnswer: false });
    const again = JSON.parse((await services.exchange.exportJourney(imported.journey.id)).content).journey;
    expect(again.sales).toEqual(defaultSalesModel());
    expect(again.costs).toEqual(defaultCostModel());
  });
});
