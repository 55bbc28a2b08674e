import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../../electron/services';
import { type HttpHost, startHttpHost } from '../../../../electron/host/httpHost';
import { hostRequest } from '../../../support/hostRequest';
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
});
