import { describe, expect, it } from 'vitest';
import { exportExchange, serializeExchange } from '../../../../shared/exchange/exportExchange';
import { importExchange, MAX_IMPORT_BYTES } from '../../../../shared/exchange/importExchange';
import { validateJourney } from '../../../../shared/journey/validate';
import { readSample, SAMPLE_FILES } from '../../../support/samples';

const problemsOf = (text: string) => {
  const result = importExchange(text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems;
};

describe('exchange format v1', () => {
  it('ships four sample journeys that import and validate without problems', () => {
    expect(SAMPLE_FILES).toEqual(['buying-centre.journey.json', 'reengagement.journey.json', 'webinar.journey.json', 'whitepaper-follow-up.journey.json']);
    for (const file of SAMPLE_FILES) {
      const result = importExchange(readSample(file));
      expect(result.ok, file).toBe(true);
      if (!result.ok) continue;
      const templates = new Map(result.document.templates.map((t) => [t.id, t]));
      expect(validateJourney(result.document.journey, { templates }), file).toEqual([]);
    }
  });

  it('export → import → export is byte-identical', () => {
    for (const file of SAMPLE_FILES) {
      const first = importExchange(readSample(file));
      if (!first.ok) throw new Error(file);
      const exported = exportExchange(first.document.journey, first.document.templates);
      const again = importExchange(exported);
      if (!again.ok) throw new Error(`${file}: ${JSON.stringify(again.problems)}`);
      expect(serializeExchange(again.document)).toBe(exported);
      expect(exportExchange(again.document.journey, again.document.templates)).toBe(exported);
    }
  });

  it('exports only the templates the journey uses, sorted by id', () => {
    const result = importExchange(readSample('whitepaper-follow-up.journey.json'));
    if (!result.ok) throw new Error('sample');
    const extra = { ...result.document.templates[0]!, id: 'tpl_unused' };
    const exported = JSON.parse(exportExchange(result.document.journey, [extra, ...result.document.templates].reverse()));
    const ids = exported.templates.map((t: { id: string }) => t.id);
    expect(ids).not.toContain('tpl_unused');
    expect(ids).toEqual([...ids].sort());
  });

  it('reports every wrong type with its JSON path', () => {
    const doc = JSON.parse(readSample('webinar.journey.json'));
    doc.journey.nodes[4].params.time = 9;
    doc.journey.nodes[1].params.branches[0].percent = 'half';
    doc.templates[0].mjml = 42;
    const paths = problemsOf(JSON.stringify(doc)).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.journey.nodes[4].params.time', '$.journey.nodes[1].params.branches[0].percent', '$.templates[0].mjml']));
  });

  it('refuses files of another kind, of a newer version and with broken structure', () => {
    expect(problemsOf('{"format":"something-else","formatVersion":1}')[0]!.message).toMatch(/not a Nurture Studio journey file/);
    expect(problemsOf('{"format":"nurture-studio.journey","formatVersion":7}')[0]!.message).toMatch(/newer Nurture Studio/);
    expect(problemsOf('{"format":"nurture-studio.journey","formatVersion":"1"}')[0]!.path).toBe('$.formatVersion');
    const doc = JSON.parse(readSample('webinar.journey.json'));
    doc.journey.edges[0].target = 'nowhere';
    expect(problemsOf(JSON.stringify(doc))).toContainEqual(expect.objectContaining({ path: '$.journey.edges[0].target', message: 'Connection 1, target: no node with id "nowhere"', connection: 1, field: 'target' }));
  });

  describe('hostile input gets a clear error, never a crash', () => {
    it('__proto__ and constructor keys', () => {
      const text = readSample('webinar.journey.json').replace('"settings": {', '"settings": { "__proto__": { "polluted": true },');
      const problems = problemsOf(text);
      expect(problems[0]).toEqual({ path: '$.journey.settings.__proto__', message: 'the key "__proto__" is not allowed' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(problemsOf('{"constructor":{"prototype":{}}}')[0]!.path).toBe('$.constructor');
    });

    it('10^6-deep nesting', () => {
      const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
      expect(problemsOf(deep)[0]!.message).toMatch(/nests deeper than 64 levels \(at line 1, column 65\)/);
      const deepInside = `{"format":"nurture-studio.journey","formatVersion":1,"journey":${'{"a":'.repeat(1_000_000)}1${'}'.repeat(1_000_000)}}`;
      expect(problemsOf(deepInside)[0]!.message).toMatch(/nests deeper/);
    });

    it('a 100 MB file', () => {
      const huge = `{"pad":"${'x'.repeat(100 * 1024 * 1024)}"}`;
      const message = problemsOf(huge)[0]!.message;
      expect(message).toMatch(/The file is 100 MB; journey files may be at most 20 MB/);
      expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
    });

    it('NaN, Infinity and other non-JSON', () => {
      for (const text of ['{"x": NaN}', '{"x": Infinity}', '{"x": -Infinity}', "{'x': 1}", '{"x": 1,}', '', '\u0000']) {
        const [problem] = problemsOf(text);
        expect(problem!.path).toBe('$');
        expect(problem!.message).toMatch(/not valid JSON/);
      }
      const located = problemsOf('{\n  "x": NaN\n}')[0]!.message;
      expect(located).toBe("The file is not valid JSON: Unexpected token 'N' (line 2, column 8).");
      expect(problemsOf('{"x": 1,}')[0]!.message).toMatch(/line 1, column 9/);
    });

    it('wrong top-level types', () => {
      for (const text of ['[]', '42', '"journey"', 'null', 'true']) {
        expect(problemsOf(text)[0]!.message).toMatch(/JSON object|not a Nurture Studio journey file/);
      }
    });
  });
});
