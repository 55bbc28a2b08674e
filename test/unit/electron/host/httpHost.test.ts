import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/services';
import { type HttpHost, startHttpHost } from '../../../../electron/host/httpHost';
import type { JourneyDocument } from '../../../../shared/journey/schema';
import { LIMITS } from '../../../../shared/api/limits';
import { apiCall, hostRequest } from '../../../support/hostRequest';
import { tempDir } from '../../../support/tempDir';

const request = (host: HttpHost, options: Parameters<typeof hostRequest>[1]) => hostRequest(host.port, options);

describe('local HTTP host', () => {
  let services: Services;
  let host: HttpHost;
  let rendererDir: string;
  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    request(host, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { 'content-type': 'application/json', 'x-nurture-token': host.token, ...headers },
      body: JSON.stringify(body),
    });

  beforeEach(async () => {
    const root = tempDir();
    rendererDir = path.join(root, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Nurture Studio</title>');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'do not serve');
    services = createServices({ dataDir: path.join(root, 'data') });
    host = await startHttpHost({ services, rendererDir });
  });

  afterEach(async () => {
    await host.close();
    services.close();
  });

  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{40,}$`));
  });

  it('takes over HTTP what it takes over IPC: a file the picker hands over reaches its importer, which says why it is too large', async () => {
    // 40 MB: over the journey importer's limit, within what a picker hands over and a request carries.
    const content = 'x'.repeat(40 * 1024 * 1024);
    expect(content.length).toBeLessThanOrEqual(LIMITS.openFileBytes);
    const res = await api('journeys:import', { content });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.error.message).toMatch(/The file is 40 MB; journey files may be at most 20 MB/);
  });

  it('answers API calls that carry the token', async () => {
    const res = await api('journeys:list', {});
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.ok).toBe(true);
    expect(body.value.map((j: { name: string }) => j.name)).toContain('Whitepaper follow-up (sample)');
  });

  it('refuses calls without the token or with a wrong one', async () => {
    expect((await api('journeys:list', {}, { 'x-nurture-token': '' })).status).toBe(401);
    expect((await api('journeys:list', {}, { 'x-nurture-token': 'x'.repeat(host.token.length) })).status).toBe(401);
  });

  it('refuses calls from another origin, even with the token', async () => {
    const res = await api('journeys:list', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await api('journeys:list', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api('journeys:list', {}, { origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const res = await request(host, { path: '/', headers: { host: `evil.example:${host.port}` } });
    expect(res.status).toBe(421);
  });

  it('answers bad JSON and unknown channels with clear errors', async () => {
    const bad = await request(host, {
      method: 'POST',
      path: '/api/journeys:list',
      headers: { 'content-type': 'application/json', 'x-nurture-token': host.token },
      body: '{"oops":',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('invalid_request');
    const unknown = await api('journeys:format-disk', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.message).toContain('Unknown API channel');
  });

  it('answers a malformed percent-encoded channel name with 400 and says why', async () => {
    for (const channel of ['%E0%A4%A', '%', 'journeys:list%FF']) {
      const res = await api(channel, {});
      expect(res.status, channel).toBe(400);
      const body = JSON.parse(res.body);
      expect(body.error.code, channel).toBe('invalid_request');
      expect(body.error.message, channel).toMatch(/channel name .* is not valid percent-encoding/);
    }
    // A well-formed encoding of a real channel still works.
    expect((await api('journeys%3Alist', {})).status).toBe(200);
  });

  describe('two clients editing the same thing', () => {
    type Versioned = { document: JourneyDocument; version: number };
    const call = async <T>(channel: string, request: unknown) => {
      const answer = await apiCall<T>(host.port, host.token, channel, request);
      return { ...answer, value: answer.result.ok ? answer.result.value : undefined, error: answer.result.ok ? undefined : answer.result.error };
    };
    const relabel = (document: JourneyDocument, nodeId: string, label: string): JourneyDocument => ({
      ...document,
      nodes: document.nodes.map((n) => (n.id === nodeId ? { ...n, label } : n)),
    });
    const labelOf = (document: JourneyDocument, nodeId: string) => document.nodes.find((n) => n.id === nodeId)?.label;

    it('refuses the second save of a journey with a conflict; the stored journey keeps the first edit', async () => {
      const first = (await call<Versioned>('journeys:load', { id: 'sample_webinar' })).value!;
      const second = (await call<Versioned>('journeys:load', { id: 'sample_webinar' })).value!;
      expect(second.version).toBe(first.version);

      const saved = await call<{ version: number }>('journeys:save', { document: relabel(first.document, 'email_live', 'Edited by the first'), baseVersion: first.version });
      expect(saved.status).toBe(200);
      expect(saved.value!.version).toBe(first.version + 1);

      const refused = await call('journeys:save', { document: relabel(second.document, 'wait_day', 'Edited by the second'), baseVersion: second.version });
      expect(refused.status).toBe(409);
      expect(refused.error).toMatchObject({ code: 'conflict', conflict: { kind: 'journey', id: 'sample_webinar', storedVersion: first.version + 1 } });
      expect(refused.error!.message).toMatch(/was changed elsewhere.*not saved/s);
      const told = refused.error!.conflict as { stored: JourneyDocument };
      expect(labelOf(told.stored, 'email_live')).toBe('Edited by the first');

      const stored = (await call<Versioned>('journeys:load', { id: 'sample_webinar' })).value!;
      expect(stored.version).toBe(first.version + 1);
      expect(labelOf(stored.document, 'email_live')).toBe('Edited by the first');
      expect(labelOf(stored.document, 'wait_day')).toBe(labelOf(first.document, 'wait_day'));

      // Based on what is stored now (e.g. after merging), the second edit is taken.
      const merged = await call<{ version: number }>('journeys:save', { document: relabel(stored.document, 'wait_day', 'Edited by the second'), baseVersion: stored.version });
      expect(merged.value!.version).toBe(first.version + 2);
      const both = (await call<Versioned>('journeys:load', { id: 'sample_webinar' })).value!.document;
      expect([labelOf(both, 'email_live'), labelOf(both, 'wait_day')]).toEqual(['Edited by the first', 'Edited by the second']);
    });

    it('refuses the second save of a template with a conflict; the stored template keeps the first edit', async () => {
      type Details = { template: { revision: number; mjml: string } & Record<string, unknown> };
      const id = 'starter-welcome-en';
      const first = (await call<Details>('templates:get', { id })).value!.template;
      const second = (await call<Details>('templates:get', { id })).value!.template;
      const content = (t: Details['template'], mjml: string) => ({ name: t.name, subject: t.subject, preheader: t.preheader, topics: t.topics, language: t.language, mjml });
      const firstMjml = first.mjml.replace('Thanks for getting in touch', 'Edited by the first');
      const secondMjml = second.mjml.replace('<mj-body', '<mj-body css-class="edited-by-the-second"');
      expect(firstMjml).not.toBe(first.mjml);
      expect(secondMjml).not.toBe(second.mjml);

      const saved = await call<Details>('templates:save', { id, content: content(first, firstMjml), baseRevision: first.revision });
      expect(saved.status).toBe(200);
      expect(saved.value!.template.revision).toBe(first.revision + 1);

      const refused = await call('templates:save', { id, content: content(second, secondMjml), baseRevision: second.revision });
      expect(refused.status).toBe(409);
      expect(refused.error).toMatchObject({ code: 'conflict', conflict: { kind: 'template', id, storedRevision: first.revision + 1, stored: { mjml: firstMjml } } });
      expect(refused.error!.message).toMatch(/was changed elsewhere.*not saved/s);

      const stored = (await call<Details>('templates:get', { id })).value!.template;
      expect(stored).toMatchObject({ revision: first.revision + 1, mjml: firstMjml });
    });
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const page = await request(host, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Nurture Studio');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    for (const probe of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const res = await request(host, { path: probe });
      expect(res.status, probe).toBe(404);
      expect(res.body).not.toContain('do not serve');
    }
  });

  it('streams a prepared CSV download once, to this app only', async () => {
    const started = JSON.parse((await api('simulation:start', { journeyId: 'sample_whitepaper', prospects: { kind: 'generate', count: 300 }, options: { seed: 2 } })).body);
    await services.simulations.settled(started.value.runId);
    const prepare = async () => JSON.parse((await api('simulation:exportCsv', { runId: started.value.runId })).body).value as { ticket: string; fileName: string; rows: number };
    const { ticket, fileName, rows } = await prepare();
    expect(rows).toBe(300);
    const refused = await request(host, { path: `/downloads/${ticket}`, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(refused.status).toBe(403);
    const download = await request(host, { path: `/downloads/${ticket}`, headers: { 'sec-fetch-site': 'same-origin' } });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(download.headers['content-disposition']).toContain(`filename="${fileName}"`);
    expect(download.headers['content-security-policy']).toBeDefined();
    const lines = download.body.trim().split('\r\n');
    expect(lines).toHaveLength(301);
    expect(lines[1]).toMatch(/^p0,/);
    // Used up; an unknown or malformed ticket fares no better.
    for (const probe of [ticket, 'A'.repeat(43), '..%2f..%2fsecret.txt']) expect((await request(host, { path: `/downloads/${probe}` })).status, probe).toBe(404);
    // A ticket is asked for through the API, so with the token only.
    expect((await api('simulation:exportCsv', { runId: started.value.runId }, { 'x-nurture-token': 'wrong' })).status).toBe(401);
  });
});
