// A run's results per prospect as CSV: who, where they ended, their stage, score, grade and
// emails — what a campaign manager filters in a spreadsheet after a run. Written in pieces,
// so a million prospects (about 52 MB) never become one string: the host streams the pieces
// to the file or the browser's download.
import { LIFECYCLE_STAGES } from '../journey/primitives';
import { OUTCOMES, type ProspectRowsData } from './aggregate';

export interface ProspectIdentity {
  id: string;
  name: string;
  persona: string;
}

export const PROSPECT_CSV_COLUMNS = ['prospect_id', 'name', 'persona', 'outcome', 'final_stage', 'engagement_score', 'fit_grade', 'emails_sent'] as const;

/** Characters per piece: large enough that writing costs little, small enough to stay out of the way. */
const PIECE_CHARS = 256 * 1024;

/** The CSV, header first, in pieces of about PIECE_CHARS characters (lines end with CRLF). */
export function* prospectCsvPieces(rows: ProspectRowsData, identityOf: (index: number) => ProspectIdentity): Generator<string> {
  let piece = `${PROSPECT_CSV_COLUMNS.join(',')}\r\n`;
  for (let i = 0; i < rows.length; i++) {
    const who = identityOf(rows.start + i);
    piece +=
      `${csvText(who.id)},${csvText(who.name)},${csvText(who.persona)},${OUTCOMES[rows.outcome[i]!] ?? 'unknown'},` +
      `${LIFECYCLE_STAGES[rows.stage[i]!] ?? 'unknown'},${Math.round(rows.score[i]! * 10) / 10},${'ABCD'[rows.grade[i]!] ?? ''},${rows.emails[i]!}\r\n`;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
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
