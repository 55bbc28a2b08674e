// A run's results per prospect as CSV: who, where they ended, their stage, score, grade and
// emails — what a campaign manager filters in a spreadsheet after a run. Written in pieces,
// so a million prospects (about 52 MB) never become one string: the host streams the pieces
// to the file or the browser's download.
import { LIFECYCLE_STAGES } from '../journey/primitives';
import { REJECTION_REASONS } from '../sales/schema';
import { OUTCOMES, type ProspectRowsData } from './aggregate';

export interface ProspectIdentity {
  id: string;
  name: string;
  persona: string;
}

export const PROSPECT_CSV_COLUMNS = [
  'prospect_id',
  'name',
  'persona',
  'outcome',
  'final_stage',
  'engagement_score',
  'fit_grade',
  'emails_sent',
  // The sales side (empty for runs stored before it, and where nothing happened).
  'sales_answer',
  'rejection_reason',
  'times_recycled',
  'opportunity',
  'sql_day',
  'closed_day',
  'deal_value',
] as const;

const ANSWER_TEXT = ['', 'accepted', 'rejected', 'noAnswer', 'notFeasible'];
const DEAL_TEXT = ['', 'open', 'won', 'lost'];

/** Characters per piece: large enough that writing costs little, small enough to stay out of the way. */
const PIECE_CHARS = 256 * 1024;

/** The CSV, header first, in pieces of about PIECE_CHARS characters (lines end with CRLF). */
export function* prospectCsvPieces(rows: ProspectRowsData, identityOf: (index: number) => ProspectIdentity): Generator<string> {
  const text = new FieldTexts();
  // Lines are gathered and joined once per piece: one flat string, not a rope of a thousand parts.
  let lines: string[] = [`${PROSPECT_CSV_COLUMNS.join(',')}\r\n`];
  let chars = 0;
  for (let i = 0; i < rows.length; i++) {
    const who = identityOf(rows.start + i);
    const line =
      `${csvText(who.id)},${text.of(who.name)},${text.of(who.persona)},${OUTCOMES[rows.outcome[i]!] ?? 'unknown'},${LIFECYCLE_STAGES[rows.stage[i]!] ?? 'unknown'},` +
      `${text.score(rows.score[i]!)},${'ABCD'[rows.grade[i]!] ?? ''},${text.count(rows.emails[i]!)},${salesFields(rows, i, text)}\r\n`;
    lines.push(line);
    chars += line.length;
    if (chars >= PIECE_CHARS) {
      yield lines.join('');
      lines = [];
      chars = 0;
    }
  }
  if (lines.length > 0) yield lines.join('');
}

/** The sales columns of row i; a row without sales dealings (or stored before them) has them empty. */
function salesFields(rows: ProspectRowsData, i: number, text: FieldTexts): string {
  const answer = rows.answer?.[i] ?? 0;
  const recycled = rows.recycled?.[i] ?? 0;
  const deal = rows.deal?.[i] ?? 0;
  if (answer === 0 && recycled === 0 && deal === 0) return ',,,,,,';
  const reason = rows.reason?.[i] ?? 0;
  const day = (d: number | undefined) => (d === undefined || Number.isNaN(d) ? '' : String(Math.round(d * 10) / 10));
  return [
    ANSWER_TEXT[answer] ?? '',
    reason > 0 ? (REJECTION_REASONS[reason - 1] ?? '') : '',
    text.count(recycled),
    DEAL_TEXT[deal] ?? '',
    day(rows.sqlDay?.[i]),
    day(rows.closedDay?.[i]),
    deal === 0 ? '' : String(Math.round((rows.dealValue?.[i] ?? 0) * 100) / 100),
  ].join(',');
}

/**
 * Field texts of one export, remembered: a million rows repeat the same few hundred names and
 * personas, scores with one decimal and small counts, so each is escaped or formatted once.
 * (Ids differ on every row; they are written as they come.)
 */
class FieldTexts {
  private readonly texts = new Map<string, string>();
  private readonly scores = new Map<number, string>();
  private readonly counts: string[] = [];

  of(value: string): string {
    let text = this.texts.get(value);
    if (text === undefined) {
      text = csvText(value);
      if (this.texts.size < 50_000) this.texts.set(value, text); // a prospect set may have a million names: stop remembering
    }
    return text;
  }

  score(score: number): string {
    const tenths = Math.round(score * 10);
    let text = this.scores.get(tenths);
    if (text === undefined) this.scores.set(tenths, (text = String(tenths / 10)));
    return text;
  }

  count(n: number): string {
    return n < 4096 ? (this.counts[n] ??= String(n)) : String(n);
  }
}

/** The whole CSV as one string: for small runs and tests. */
export const prospectRowsCsv = (rows: ProspectRowsData, identityOf: (index: number) => ProspectIdentity): string => [...prospectCsvPieces(rows, identityOf)].join('');

// Quoted as papaparse quotes (a quote, comma, line break or byte-order mark, or a space at
// either end), and a text that a spreadsheet would run as a formula is kept text with a
// leading apostrophe, as papaparse's escapeFormulae does: "=HYPERLINK(…)" stays a name.
// (papaparse lets a formula with a line break in it through; this does not.)
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;
const FORMULA = /^[=+\-@\t\r]/;

export function csvText(text: string): string {
  if (FORMULA.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
