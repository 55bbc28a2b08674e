// Prospects from a CSV file (papaparse): a column mapping, and a report of every row that
// could not be used — with its line and column — while the good rows are kept.
import Papa from 'papaparse';
import { LIFECYCLE_STAGES, typedValue } from '../journey/primitives';
import { AccountAttributes } from './accounts';
import { AccountKey, Prospect } from './model';

export const PROSPECT_FIELDS = ['id', 'name', 'email', 'persona', 'consent', 'stage', 'interests', 'enteredAfterHours', 'account'] as const;
export type ProspectField = (typeof PROSPECT_FIELDS)[number];

/** Which CSV column feeds each prospect field; columns not named here become attributes. */
export type ColumnMapping = Partial<Record<ProspectField, string>>;

export interface CsvRowError {
  /** Line in the file (the header is line 1). */
  line: number;
  column: string | null;
  message: string;
}

export interface CsvImport {
  prospects: Prospect[];
  errors: CsvRowError[];
  columns: string[];
  mapping: ColumnMapping;
}

const SYNONYMS: Record<ProspectField, string[]> = {
  id: ['id', 'prospect_id', 'prospectid', 'contact_id'],
  name: ['name', 'full_name', 'fullname'],
  email: ['email', 'e-mail', 'email_address'],
  persona: ['persona', 'segment'],
  consent: ['consent', 'marketing_consent', 'opt_in', 'optin', 'einwilligung'],
  stage: ['stage', 'lifecycle_stage', 'lifecyclestage'],
  interests: ['interests', 'topics'],
  enteredAfterHours: ['entered_after_hours', 'enteredafterhours', 'entry_hours'],
  // Only names that say "this is the key of an account". A plain "company" (or "firma") column
  // usually holds a company name that is just an attribute — the shipped sample-500.csv has one,
  // with sizes and industries that differ between its rows — so it becomes the account only
  // when the mapping says so ({ account: 'company' }).
  account: ['account', 'account_id', 'accountid', 'account_key', 'company_id', 'companyid', 'firma_id'],
};

const YES = new Set(['yes', 'y', 'true', '1', 'ja', 'j', 'x']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', '']);

/** Guesses the mapping from the header names. */
export function guessMapping(columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of PROSPECT_FIELDS) {
    const column = columns.find((c) => SYNONYMS[field].includes(c.trim().toLowerCase()));
    if (column !== undefined) mapping[field] = column;
  }
  return mapping;
}

export function prospectsFromCsv(
  text: string,
  options: { mapping?: ColumnMapping; personas: readonly string[]; defaultPersona?: string; maxRows?: number } ,
): CsvImport {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const columns = parsed.meta.fields ?? [];
  // A one-column file has no delimiter to detect; papaparse falls back to a comma, which is right.
  const errors: CsvRowError[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ line: (e.row ?? 0) + 2, column: null, message: e.message }));
  const mapping = { ...guessMapping(columns), ...(options.mapping ?? {}) };
  for (const [field, column] of Object.entries(mapping)) {
    if (column && !columns.includes(column)) errors.push({ line: 1, column, message: `The mapping names column "${column}" for ${field}, but the file has no such column.` });
  }
  if (!mapping.persona && !options.defaultPersona) {
    errors.push({ line: 1, column: null, message: 'No persona column and no default persona: every prospect needs a persona.' });
    return { prospects: [], errors, columns, mapping };
  }
  const mapped = new Set(Object.values(mapping));
  const attributeColumns = columns.filter((c) => !mapped.has(c));
  const seen = new Set<string>();
  const prospects: Prospect[] = [];
  const maxRows = options.maxRows ?? 1_000_000;
  const accounts = new AccountAttributes();
  parsed.data.slice(0, maxRows).forEach((row, i) => {
    const line = i + 2;
    const cell = (field: ProspectField) => (mapping[field] ? (row[mapping[field]!] ?? '').trim() : '');
    const rowErrors: CsvRowError[] = [];
    const fail = (field: ProspectField, message: string) => rowErrors.push({ line, column: mapping[field] ?? field, message });

    const id = cell('id') || `row${line}`;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) fail('id', `"${id}" is not a usable id (letters, digits, "_" and "-", at most 64).`);
    else if (seen.has(id)) fail('id', `The id "${id}" appears twice.`);
    const persona = cell('persona') || options.defaultPersona || '';
    if (!options.personas.includes(persona)) fail('persona', `Unknown persona "${persona}"; known: ${options.personas.join(', ')}.`);
    const consentText = cell('consent').toLowerCase();
    if (mapping.consent && !YES.has(consentText) && !NO.has(consentText)) fail('consent', `"${cell('consent')}" is not yes or no.`);
    const stage = (cell('stage') || 'inquiry').toLowerCase();
    if (!(LIFECYCLE_STAGES as readonly string[]).includes(stage)) fail('stage', `"${cell('stage')}" is not a lifecycle stage (${LIFECYCLE_STAGES.join(', ')}).`);
    const entered = cell('enteredAfterHours') === '' ? 0 : Number(cell('enteredAfterHours'));
    if (!Number.isFinite(entered) || entered < 0) fail('enteredAfterHours', `"${cell('enteredAfterHours')}" is not a number of hours ≥ 0.`);
    // An empty account cell: the prospect is alone.
    const account = cell('account') || undefined;
    const accountKey = account === undefined ? null : AccountKey.safeParse(account);
    if (accountKey && !accountKey.success) fail('account', `"${account}" is not a usable account key: it ${accountKey.error.issues[0]!.message}.`);
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    const attributes: Record<string, string | number> = {};
    for (const column of attributeColumns) {
      const value = (row[column] ?? '').trim();
      if (value === '' || !/^[A-Za-z][A-Za-z0-9_.-]{0,59}$/.test(column)) continue;
      attributes[column] = typedValue(value);
    }
    const candidate = {
      id,
      name: cell('name'),
      email: cell('email'),
      persona,
      consent: mapping.consent ? YES.has(consentText) : true,
      stage,
      attributes,
      interests: cell('interests').split(/[;|]/).map((s) => s.trim()).filter(Boolean),
      enteredAfterHours: entered,
      ...(account === undefined ? {} : { account }),
    };
    const result = Prospect.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) errors.push({ line, column: String(issue.path[0] ?? ''), message: issue.message });
      return;
    }
    seen.add(id);
    for (const { attribute, message } of accounts.add(result.data, line)) errors.push({ line, column: attribute, message });
    prospects.push(result.data);
  });
  if (parsed.data.length > maxRows) errors.push({ line: maxRows + 2, column: null, message: `Only the first ${maxRows} rows were read.` });
  return { prospects, errors, columns, mapping };
}

/** Writes prospects as CSV with the standard columns (for the shipped sample and exports). */
export function prospectsToCsv(prospects: readonly Prospect[], attributeColumns: readonly string[]): string {
  const withAccounts = prospects.some((p) => p.account !== undefined);
  const rows = prospects.map((p) => ({
    id: p.id,
    ...(withAccounts ? { account: p.account ?? '' } : {}),
    name: p.name,
    email: p.email,
    persona: p.persona,
    consent: p.consent ? 'yes' : 'no',
    stage: p.stage,
    ...Object.fromEntries(attributeColumns.map((c) => [c, p.attributes[c] ?? ''])),
    interests: p.interests.join(';'),
    entered_after_hours: Math.round(p.enteredAfterHours * 100) / 100,
  }));
  return Papa.unparse(rows, { newline: '\n' }) + '\n';
}

/** A prospect set's name from the file it came from: "Trade fair 2026.csv" → "Trade fair 2026". */
export function prospectSetNameOf(fileName: string): string {
  const name = fileName.replace(/\.[^.]*$/, '').trim().slice(0, 200).trim();
  return name === '' ? 'Imported prospects' : name;
}
