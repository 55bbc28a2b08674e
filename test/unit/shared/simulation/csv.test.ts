import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { ANSWER } from '../../../../shared/simulation/salesDesk';
import { ProspectSales } from '../../../../shared/simulation/salesTally';
import { ProspectRows } from '../../../../shared/simulation/aggregate';
import { guessMapping, prospectsFromCsv } from '../../../../shared/simulation/csv';
import fc from 'fast-check';
import { csvText, prospectCsvPieces, prospectRowsCsv } from '../../../../shared/simulation/prospectCsv';

const personas = ['decision_maker', 'researcher', 'tire_kicker', 'student'];

describe('prospects from CSV', () => {
  it('reads the shipped 500-prospect sample without a single problem', () => {
    const result = prospectsFromCsv(fs.readFileSync('assets/prospects/sample-500.csv', 'utf8'), { personas });
    expect(result.errors).toEqual([]);
    expect(result.prospects).toHaveLength(500);
    const first = result.prospects[0]!;
    expect(first).toMatchObject({ id: 'sample-001', persona: 'decision_maker', consent: true, stage: 'inquiry' });
    expect(first.attributes).toMatchObject({ role: 'Marketing Director', companySize: 8000, country: 'DE' });
    expect(new Set(result.prospects.map((p) => p.persona))).toEqual(new Set(personas));
  });

  it('reports each bad row with its line and column, and keeps the good ones', () => {
    const csv = [
      'Contact ID,Full Name,Segment,Opt-In,Lifecycle Stage,companySize',
      'c1,Ada,researcher,yes,mql,120',
      'c2,Bob,astronaut,yes,inquiry,5',
      'c3,Cem,student,maybe,inquiry,1',
      'c4,Dora,researcher,ja,prospect,10',
      'c1,Eve,researcher,no,inquiry,10',
      'c6,Finn,decision_maker,nein,,300',
    ].join('\n');
    const result = prospectsFromCsv(csv, { personas, mapping: { id: 'Contact ID', name: 'Full Name', persona: 'Segment', consent: 'Opt-In', stage: 'Lifecycle Stage' } });
    expect(result.prospects.map((p) => [p.id, p.consent, p.stage])).toEqual([
      ['c1', true, 'mql'],
      ['c6', false, 'inquiry'],
    ]);
    expect(result.errors).toEqual([
      { line: 3, column: 'Segment', message: 'Unknown persona "astronaut"; known: decision_maker, researcher, tire_kicker, student.' },
      { line: 4, column: 'Opt-In', message: '"maybe" is not yes or no.' },
      { line: 5, column: 'Lifecycle Stage', message: '"prospect" is not a lifecycle stage (inquiry, mql, sal, sql, customer).' },
      { line: 6, column: 'Contact ID', message: 'The id "c1" appears twice.' },
    ]);
    expect(result.prospects[1]!.attributes).toEqual({ companySize: 300 });
  });

  it('guesses the usual column names and says when a mapping names a missing column', () => {
    expect(guessMapping(['E-Mail', 'persona', 'Consent', 'entered_after_hours'])).toEqual({ email: 'E-Mail', persona: 'persona', consent: 'Consent', enteredAfterHours: 'entered_after_hours' });
    const result = prospectsFromCsv('persona\nresearcher\n', { personas, mapping: { name: 'Nom' } });
    expect(result.errors[0]).toMatchObject({ line: 1, column: 'Nom' });
    expect(prospectsFromCsv('name\nAda\n', { personas }).errors[0]!.message).toMatch(/No persona column/);
  });
});

describe('per-prospect CSV export', () => {
  it('quotes hostile names and keeps formulas from running in a spreadsheet', () => {
    const rows = new ProspectRows(0, 2);
    rows.set(0, 0, 4, 87.25, 6, 0);
    rows.set(1, 2, 1, -3, 2, 3);
    const names = ['Müller, "Ada"', '=HYPERLINK("http://evil")'];
    const csv = prospectRowsCsv(rows, (i) => ({ id: `p${i}`, name: names[i]!, persona: 'researcher' }));
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    const noSales = ['', '', '', '', '', '', ''];
    expect(parsed[1]).toEqual(['p0', 'Müller, "Ada"', 'researcher', 'converted', 'customer', '87.3', 'A', '6', ...noSales]);
    expect(parsed[2]).toEqual(['p1', `'=HYPERLINK("http://evil")`, 'researcher', 'unsubscribed', 'mql', '-3', 'D', '2', ...noSales]);
  });

  it('writes any text as papaparse would (quotes, line breaks, formulas), and reads back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Ü', ' ', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', '\ufeff', '1') }), (text) => {
        const formula = /^[=+\-@\t\r]/.test(text);
        // papaparse lets a formula with a line break through; ours keeps every formula text.
        if (!formula || !/[\r\n]/.test(text.slice(1))) expect(csvText(text)).toBe(Papa.unparse([[text]], { escapeFormulae: true, newline: '\r\n' }));
        expect(Papa.parse<string[]>(`${csvText(text)},end`, { delimiter: ',' }).data[0]).toEqual([formula ? `'${text}` : text, 'end']);
      }),
    );
  });

  it('comes in pieces of about 256 KB, so a large run is never one string', () => {
    const n = 20_000;
    const rows = new ProspectRows(0, n);
    for (let i = 0; i < n; i++) rows.set(i, i % 9, i % 5, i / 7, i % 12, i % 4);
    const pieces = [...prospectCsvPieces(rows, (i) => ({ id: `p${i}`, name: `Name ${i}`, persona: 'researcher' }))];
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(256 * 1024 + 200);
    const lines = pieces.join('').split('\r\n');
    expect(lines).toHaveLength(n + 2); // header, n rows, and the empty string after the last line break
    expect(lines[7]).toBe('p6,Name 6,researcher,waiting,mql,0.9,C,6,,,,,,,');
  });

  it('has the sales side of each lead: answer, reason, recycling, opportunity, days and deal value', () => {
    const rows = new ProspectRows(0, 3);
    let sales = new ProspectSales();
    rows.set(0, 0, 4, 50, 3, 0);
    sales.answer = ANSWER.accepted;
    sales.recycled = 1;
    sales.reason = 3; // badTiming, from the first hand-off
    sales.sqlAt = 24 * 12.25;
    sales.closeAt = 24 * 70;
    sales.won = true;
    sales.valueCents = 2_500_050;
    rows.setSales(0, sales, 24 * 365);
    sales = new ProspectSales();
    sales.answer = ANSWER.rejected;
    sales.reason = 1;
    sales.recycled = 1;
    rows.setSales(1, sales, 24 * 365);
    sales = new ProspectSales();
    sales.answer = ANSWER.accepted;
    sales.sqlAt = 24 * 30;
    sales.closeAt = 24 * 400; // after the horizon: still open
    sales.valueCents = 800_000;
    rows.setSales(2, sales, 24 * 365);
    const parsed = Papa.parse<string[]>(prospectRowsCsv(rows, (i) => ({ id: `p${i}`, name: '', persona: 'x' })).trim()).data;
    expect(parsed[0]!.slice(8)).toEqual(['sales_answer', 'rejection_reason', 'times_recycled', 'opportunity', 'sql_day', 'closed_day', 'deal_value']);
    expect(parsed[1]!.slice(8)).toEqual(['accepted', 'badTiming', '1', 'won', '12.3', '70', '25000.5']);
    expect(parsed[2]!.slice(8)).toEqual(['rejected', 'notAFit', '1', '', '', '', '']);
    expect(parsed[3]!.slice(8)).toEqual(['accepted', '', '0', 'open', '30', '', '8000']);
  });
});
