// The capability report: what became of every step and setting of a journey in a target
// platform — mapped, approximated (how) or dropped (why) — and what the user still has to do
// there. Lines carry a code and its parameters (the app words them in the user's language)
// and the English sentence (CLI, JSON report), written from one catalogue: reportText.ts.
import type { JourneyDocument, JourneyNode, NodeType } from '../journey/schema';
import { noteText, type NoteCode, type Params, type TodoCode, todoText } from './reportText';

export type Status = 'mapped' | 'approximated' | 'dropped';
export type { Params } from './reportText';

export interface ReportNote {
  code: NoteCode;
  params: Params;
  message: string;
}

export interface StepLine {
  nodeId: string;
  type: NodeType;
  label: string;
  status: Status;
  /** The platform's own names of what the step became, e.g. "time-delay" or "email.send". */
  becomes: string[];
  notes: ReportNote[];
}

export const SETTINGS = ['audience', 'consent', 'reentry', 'goal', 'sendWindow', 'frequencyCap', 'scoring', 'routing', 'sales', 'costs', 'accounts', 'description'] as const;
export type SettingKey = (typeof SETTINGS)[number];

export interface SettingLine {
  setting: SettingKey;
  status: Status;
  becomes: string[];
  notes: ReportNote[];
}

export interface ContentLine {
  templateId: string;
  templateName: string;
  status: Status;
  notes: ReportNote[];
}

export interface TodoLine {
  code: TodoCode;
  params: Params;
  message: string;
}

/** A value the user fills in before sending the payload (an id only the platform knows). */
export interface Placeholder {
  /** The exact string in the payload to replace, e.g. "<<list:entry>>". */
  placeholder: string;
  todo: TodoLine;
}

export interface CapabilityReport {
  target: string;
  journeyId: string;
  journeyName: string;
  steps: StepLine[];
  settings: SettingLine[];
  content: ContentLine[];
  todo: TodoLine[];
  counts: Record<Status, number>;
}

const RANK: Record<Status, number> = { mapped: 0, approximated: 1, dropped: 2 };
const worse = (a: Status, b: Status): Status => (RANK[a] >= RANK[b] ? a : b);

export const note = (code: NoteCode, params: Params = {}): ReportNote => ({ code, params, message: noteText(code, params) });
export const todo = (code: TodoCode, params: Params = {}): TodoLine => ({ code, params, message: todoText(code, params) });

/**
 * Collects report lines while an adapter runs. A step placed several times (copies under
 * several parents) gets one line: the worst status, and each note once.
 */
export class ReportBuilder {
  private readonly steps = new Map<string, StepLine>();
  private readonly settings = new Map<SettingKey, SettingLine>();
  private readonly content = new Map<string, ContentLine>();
  private readonly todos = new Map<string, TodoLine>();
  private readonly placeholders = new Map<string, Placeholder>();

  constructor(
    private readonly target: string,
    private readonly journey: JourneyDocument,
  ) {}

  step(node: JourneyNode, status: Status, becomes: readonly string[], ...notes: ReportNote[]): void {
    const line = this.steps.get(node.id) ?? { nodeId: node.id, type: node.type, label: node.label ?? '', status, becomes: [], notes: [] };
    line.status = worse(line.status, status);
    for (const b of becomes) if (!line.becomes.includes(b)) line.becomes.push(b);
    addNotes(line.notes, notes);
    this.steps.set(node.id, line);
  }

  /** Whether the step has a line yet (an adapter placed it, or reported why not). */
  hasStep(nodeId: string): boolean {
    return this.steps.has(nodeId);
  }

  /** Profile properties the notes so far name as read or written. */
  propertiesNamed(): string[] {
    const names = new Set<string>();
    for (const line of this.steps.values()) for (const n of line.notes) if (typeof n.params.property === 'string') names.add(n.params.property);
    return [...names].sort();
  }

  setting(setting: SettingKey, status: Status, becomes: readonly string[], ...notes: ReportNote[]): void {
    const line = this.settings.get(setting) ?? { setting, status, becomes: [], notes: [] };
    line.status = worse(line.status, status);
    for (const b of becomes) if (!line.becomes.includes(b)) line.becomes.push(b);
    addNotes(line.notes, notes);
    this.settings.set(setting, line);
  }

  contentLine(templateId: string, templateName: string, status: Status, ...notes: ReportNote[]): void {
    const line = this.content.get(templateId) ?? { templateId, templateName, status, notes: [] };
    line.status = worse(line.status, status);
    addNotes(line.notes, notes);
    this.content.set(templateId, line);
  }

  todo(code: TodoCode, params: Params = {}): void {
    const line = todo(code, params);
    this.todos.set(line.message, line);
  }

  /** A placeholder string for an id the user must fill in; the same key gives the same placeholder. */
  placeholder(kind: string, key: string, code: TodoCode, params: Params = {}): string {
    const text = `<<${kind}:${key}>>`;
    if (!this.placeholders.has(text)) {
      const line = todo(code, { ...params, placeholder: text });
      this.placeholders.set(text, { placeholder: text, todo: line });
      this.todos.set(line.message, line);
    }
    return text;
  }

  placeholderList(): Placeholder[] {
    return [...this.placeholders.values()];
  }

  /** The report, with a line for every step of the journey (in the journey's order). */
  finish(): CapabilityReport {
    const steps = this.journey.nodes.map((node) => {
      const line = this.steps.get(node.id);
      // Every step gets a line: one no adapter reached is named, never left out.
      return line ?? { nodeId: node.id, type: node.type, label: node.label ?? '', status: 'dropped' as const, becomes: [], notes: [note('unreachable')] };
    });
    const settings = SETTINGS.flatMap((key) => {
      const line = this.settings.get(key);
      return line ? [line] : [];
    });
    const counts: Record<Status, number> = { mapped: 0, approximated: 0, dropped: 0 };
    for (const line of steps) counts[line.status]++;
    return {
      target: this.target,
      journeyId: this.journey.id,
      journeyName: this.journey.name,
      steps,
      settings,
      content: [...this.content.values()],
      todo: [...this.todos.values()],
      counts,
    };
  }
}

function addNotes(into: ReportNote[], notes: readonly ReportNote[]): void {
  for (const n of notes) if (!into.some((m) => m.message === n.message)) into.push(n);
}

/** For a switch over a union that must handle every member: adding a member fails the type-check here. */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/** The report as plain text, for the CLI. */
export function formatReport(report: CapabilityReport, targetName: string): string {
  const { mapped, approximated, dropped } = report.counts;
  let text = `“${report.journeyName}” → ${targetName}: ${mapped} mapped, ${approximated} approximated, ${dropped} dropped\n`;
  text += '\nSteps\n';
  for (const s of report.steps) {
    const name = s.label ? `“${s.label}”` : s.nodeId;
    text += `  ${s.status.padEnd(12)} ${name} (${s.type})${s.becomes.length ? ` → ${s.becomes.join(', ')}` : ''}\n`;
    for (const n of s.notes) text += `               ${n.message}\n`;
  }
  text += '\nSettings\n';
  for (const s of report.settings) {
    text += `  ${s.status.padEnd(12)} ${s.setting}${s.becomes.length ? ` → ${s.becomes.join(', ')}` : ''}\n`;
    for (const n of s.notes) text += `               ${n.message}\n`;
  }
  if (report.content.length > 0) {
    text += '\nEmail content\n';
    for (const c of report.content) {
      text += `  ${c.status.padEnd(12)} “${c.templateName}” (${c.templateId})\n`;
      for (const n of c.notes) text += `               ${n.message}\n`;
    }
  }
  if (report.todo.length > 0) {
    text += `\nTo do in ${targetName}\n`;
    for (const t of report.todo) text += `  - ${t.message}\n`;
  }
  return text;
}
