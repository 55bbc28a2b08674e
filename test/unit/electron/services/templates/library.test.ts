import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/services';
import { compileTemplate } from '../../../../../electron/services/templates/compiler';
import { dispatch } from '../../../../../shared/api/dispatch';
import { checkTemplate, GMAIL_CLIP_BYTES } from '../../../../../shared/templates/checks';
import { expandIncludes } from '../../../../../shared/templates/includes';
import { fillMergeTags, unknownMergeTags } from '../../../../../shared/templates/mergeTags';
import { checkWellFormed } from '../../../../../shared/templates/wellFormed';
import { tempDir } from '../../../../support/tempDir';

const library = JSON.parse(fs.readFileSync('assets/templates/library.json', 'utf8')) as {
  partials: { id: string; file: string }[];
  templates: { id: string; file: string; subject: string; language: string }[];
};
const partials = new Map(library.partials.map((p) => [p.id, fs.readFileSync(`assets/templates/${p.file}`, 'utf8')]));
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('template checks', () => {
  it('finds a missing unsubscribe link, images without alt, unknown merge tags and an empty subject', () => {
    const mjml = '<mjml><mj-body>\n<mj-image src="a.png" />\n<mj-text>Hi {{firstName}} {{shoeSize}}</mj-text>\n</mj-body></mjml>';
    const problems = checkTemplate({ subject: ' ', mjml });
    expect(codes(problems)).toEqual(['empty_subject', 'no_unsubscribe_link', 'image_without_alt', 'unknown_merge_tag']);
    expect(problems.find((p) => p.code === 'image_without_alt')!.line).toBe(2);
    expect(problems.find((p) => p.code === 'unknown_merge_tag')).toMatchObject({ line: 3, message: 'Unknown merge tag {{shoeSize}}.' });
  });

  it('warns when the compiled HTML is over Gmail’s 102 KB clip', () => {
    const ok = '<a href="{{unsubscribeUrl}}">x</a>';
    expect(codes(checkTemplate({ subject: 's', mjml: ok, html: 'x'.repeat(GMAIL_CLIP_BYTES) }))).toEqual([]);
    expect(codes(checkTemplate({ subject: 's', mjml: ok, html: 'x'.repeat(GMAIL_CLIP_BYTES + 1) }))).toEqual(['html_too_large']);
  });

  it('fills merge tags from a prospect, escaped, with inert links', () => {
    const html = fillMergeTags('<p>Hi {{ firstName }} from {{company}}</p><a href="{{unsubscribeUrl}}">u</a>{{unknown}}', {
      firstName: '<script>',
      company: 'Kessler & Söhne',
    });
    expect(html).toBe('<p>Hi &lt;script&gt; from Kessler &amp; Söhne</p><a href="#unsubscribe">u</a>{{unknown}}');
    expect(unknownMergeTags('{{firstName}} {{ company }} {{discount}}').map((u) => u.tag)).toEqual(['discount']);
  });

  it('reports tags that are never closed, which mjml would silently fix', () => {
    expect(checkWellFormed('<mjml>\n<mj-body>\n<mj-text>hi<br>there\n</mj-body></mjml>')).toEqual({
      line: 4,
      message: '</mj-body> found where </mj-text> (opened on line 3) was expected.',
    });
    expect(checkWellFormed('<mjml><mj-body><mj-image src="x" /></mj-body></mjml>')).toBeNull();
  });
});

describe('mj-include', () => {
  it('expands library partials on the same line and refuses anything else', () => {
    const source = 'line 1\n<mj-include path="./brand-footer.mjml" />\nline 3\n<mj-include path="../../etc/passwd" />\n<mj-include path="missing" />';
    const { mjml, problems, used } = expandIncludes(source, partials);
    expect(mjml.split('\n')).toHaveLength(5);
    expect(mjml.split('\n')[1]).toContain('{{unsubscribeUrl}}');
    expect(used).toEqual(['brand-footer']);
    expect(problems).toEqual([
      { line: 4, message: 'mj-include may only name a partial of the template library; "../../etc/passwd" is outside it.' },
      { line: 5, message: 'There is no partial "missing" in the template library.' },
    ]);
    expect(mjml).not.toContain('root:');
  });
});

describe('starter library', () => {
  it('has the eight kinds of email in English and German', () => {
    const kinds = new Set(library.templates.map((t) => t.file.split('/')[1]));
    expect([...kinds].sort()).toEqual(['case-study.mjml', 'meeting-request.mjml', 'product-details.mjml', 'reengagement.mjml', 'sql-offer.mjml', 'webinar-invitation.mjml', 'welcome.mjml', 'whitepaper-delivery.mjml']);
    expect(library.templates.filter((t) => t.language === 'de')).toHaveLength(8);
    expect(library.templates.filter((t) => t.language === 'en')).toHaveLength(8);
  });

  it('compiles every starter at strict validation and passes every check', async () => {
    for (const t of library.templates) {
      const mjml = fs.readFileSync(`assets/templates/${t.file}`, 'utf8');
      expect(mjml, t.id).toContain('<mj-include path="brand-footer" />');
      const result = await compileTemplate({ subject: t.subject, mjml }, partials, 'strict');
      expect(result.problems, t.id).toEqual([]);
      expect(result.html, t.id).toContain('Hafenstraße 12');
    }
  });

  it('reports mjml errors with their line', async () => {
    const result = await compileTemplate({ subject: 's', mjml: '<mjml><mj-body>\n<mj-section><mj-column>\n<mj-textt>x</mj-textt>\n</mj-column></mj-section>\n<mj-include path="brand-footer" />\n</mj-body></mjml>' }, partials);
    expect(result.problems).toContainEqual({ severity: 'error', code: 'mjml', message: "Element mj-textt doesn't exist or is not registered", line: 3 });
  });
});

describe('template library service', () => {
  const call = async <T>(services: ReturnType<typeof createServices>, channel: string, request: unknown): Promise<T> => {
    const result = await dispatch(services.handlers, channel, request);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };

  it('seeds the starter library and brand partials into a fresh data folder', async () => {
    const services = createServices({ dataDir: tempDir() });
    const list = await call<{ id: string; kind: string }[]>(services, 'templates:list', {});
    expect(list.filter((t) => t.kind === 'partial').map((t) => t.id).sort()).toEqual(['brand-footer', 'brand-head', 'brand-header']);
    expect(list.filter((t) => t.id.startsWith('starter-'))).toHaveLength(16);
    await services.close();
  });

  it('keeps a revision per save, restores an old one as a new revision, and the footer reaches every email', async () => {
    const services = createServices({ dataDir: tempDir() });
    const { template } = await call<{ template: { mjml: string; subject: string; name: string; preheader: string; topics: string[]; language: 'en' } }>(services, 'templates:get', { id: 'starter-welcome-en' });
    const content = { name: template.name, subject: template.subject, preheader: template.preheader, topics: template.topics, language: template.language };
    const first = await call<{ template: { revision: number } }>(services, 'templates:save', { id: 'starter-welcome-en', content: { ...content, mjml: template.mjml.replace('Thanks for getting in touch', 'Hello there') }, baseRevision: 1 });
    expect(first.template.revision).toBe(2);
    const broken = await call<{ problems: { code: string; line: number }[] }>(services, 'templates:save', { id: 'starter-welcome-en', content: { ...content, mjml: template.mjml.replace('<mj-column>', '<mj-columnn>') }, baseRevision: 2 });
    expect(broken.problems.map((p) => p.code)).toContain('mjml');
    const revisions = await call<{ revision: number; mjml: string }[]>(services, 'templates:revisions', { id: 'starter-welcome-en' });
    expect(revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
    const restored = await call<{ template: { revision: number; mjml: string }; problems: unknown[] }>(services, 'templates:restore', { id: 'starter-welcome-en', revision: 2 });
    expect(restored.template.revision).toBe(4);
    expect(restored.template.mjml).toContain('Hello there');
    expect(restored.problems).toEqual([]);
    // Restoring is a write like any save: a save based on the revision before it is refused.
    await expect(call(services, 'templates:save', { id: 'starter-welcome-en', content: { ...content, mjml: template.mjml }, baseRevision: 3 })).rejects.toThrow(
      /“Welcome.*” was changed elsewhere after revision 3 was opened here \(it is at revision 4 now\)/,
    );
    expect(services.templates.require('starter-welcome-en')).toMatchObject({ revision: 4, mjml: restored.template.mjml });
    // Change the brand footer once: every email's compiled HTML shows it.
    const footer = services.templates.require('brand-footer');
    services.templates.save('brand-footer', { ...footer, mjml: footer.mjml.replace('Hafenstraße 12', 'Elbchaussee 99') }, null, footer.revision);
    for (const id of ['starter-welcome-en', 'starter-case-study-de']) {
      const preview = await call<{ html: string }>(services, 'templates:preview', { subject: 's', mjml: services.templates.require(id).mjml, values: {} });
      expect(preview.html).toContain('Elbchaussee 99');
    }
    await services.close();
  });

  it('refuses to delete a template a journey uses, naming the journeys', async () => {
    const services = createServices({ dataDir: tempDir() });
    await expect(call(services, 'templates:delete', { id: 'tpl_wp_delivery' })).rejects.toThrow(/used by a journey: “Whitepaper follow-up \(sample\)”/);
    await expect(call(services, 'templates:delete', { id: 'brand-footer' })).rejects.toThrow(/included by/);
    await call(services, 'templates:delete', { id: 'starter-welcome-de' });
    expect(services.templates.get('starter-welcome-de')).toBeNull();
    await services.close();
  });

  it('imports .mjml files, keeping a broken one as a draft, and exports them again', async () => {
    const services = createServices({ dataDir: tempDir() });
    const good = fs.readFileSync('assets/templates/en/case-study.mjml', 'utf8');
    const results = await call<{ file: string; template: { id: string; draft: boolean; subject: string }; problems: { code: string; line: number | null }[] }[]>(services, 'templates:importMjml', {
      files: [
        { name: 'case-study.mjml', content: good },
        { name: 'broken.mjml', content: '<mjml><mj-body>\n<mj-include path="/etc/passwd" />\n</mj-body></mjml>' },
      ],
    });
    expect(results[0]).toMatchObject({ file: 'case-study.mjml', template: { draft: false, subject: 'How Nordwind doubled its MQLs in one quarter' }, problems: [] });
    expect(results[1]!.template.draft).toBe(true);
    expect(results[1]!.problems).toContainEqual(expect.objectContaining({ code: 'include', line: 2 }));
    const exported = await call<{ fileName: string; content: string }[]>(services, 'templates:exportMjml', { ids: [results[0]!.template.id] });
    expect(exported).toEqual([{ fileName: 'case-study.mjml', content: good }]);
    await services.close();
  });

  it('embeds brand-expanded MJML and compiled HTML when a journey is exported', async () => {
    const services = createServices({ dataDir: tempDir() });
    const { document: doc, version } = services.journeys.loadVersioned('sample_webinar');
    const email = doc.nodes.find((n) => n.type === 'sendEmail')!;
    if (email.type === 'sendEmail') email.params.templateId = 'starter-webinar-invitation-en';
    services.journeys.save(doc, version);
    const exported = JSON.parse((await services.exchange.exportJourney('sample_webinar')).content);
    const embedded = exported.templates.find((t: { id: string }) => t.id === 'starter-webinar-invitation-en');
    expect(embedded.mjml).not.toContain('mj-include');
    expect(embedded.mjml).toContain('{{unsubscribeUrl}}');
    expect(embedded.html).toContain('<!doctype html>');
    await services.close();
  });
});
