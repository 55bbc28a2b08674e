// A run's results per prospect as CSV: who, where they ended, their stage, score, grade and
// emails — what a campaign manager filters in a spreadsheet after a run.
import Papa from 'papaparse';
import { LIFECYCLE_STAGES } from '../journey/primitives';
import { OUTCOMES, type ProspectRowsData } from './aggregate';

export interface ProspectIdentity {
  id: string;
  name: string;
  persona: string;
}

export const PROSPECT_CSV_COLUMNS = ['prospect_id', 'name', 'persona', 'outcome', 'final_stage', 'engagement_score', 'fit_grade', 'emails_sent'] as const;

/** Rows are written in blocks so a million prospects never become one giant array. */
const BLOCK = 20_000;

export function prospectRowsCsv(rows: ProspectRowsData, identityOf: (index: number) => ProspectIdentity): string {
  const parts = [Papa.unparse([PROSPECT_CSV_COLUMNS as unknown as string[]])];
  for (let from = 0; from < rows.length; from += BLOCK) {
    const block: (string | number)[][] = [];
    for (let i = from; i < Math.min(rows.length, from + BLOCK); i++) {
      const who = identityOf(rows.start + i);
      block.push([
        who.id,
        who.name,
        who.persona,
        OUTCOMES[rows.outcome[i]!] ?? 'unknown',
        LIFECYCLE_STAGES[rows.stage[i]!] ?? 'unknown',
        Math.round(rows.score[i]! * 10) / 10,
        'ABCD'[rows.grade[i]!] ?? '',
        rows.emails[i]!,
      ]);
    }
    // escapeFormulae: a name like "=HYPERLINK(…)" stays text when the file is opened in a spreadsheet.
    parts.push(Papa.unparse(block, { header: false, escapeFormulae: true, newline: '\r\n' }));
  }
  return `${parts.join('\r\n')}\r\n`;
}
