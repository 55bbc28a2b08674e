// `nurture simulate FILE --prospects N|CSV …`: replays sample prospects through a journey
// file and prints a readable summary, or with --json the results object.
import fs from 'node:fs';
import os from 'node:os';
import defaultPersonasFile from '../../assets/personas/default.personas.json';
import { describeZodError } from '../../shared/journey/describeZodError';
import { importExchange } from '../../shared/exchange/importExchange';
import { prospectsFromCsv } from '../../shared/simulation/csv';
import { linksOfTemplates } from '../../shared/templates/links';
import { MAX_HORIZON_DAYS, PersonaSet, SimulationOptions } from '../../shared/simulation/model';
import type { SimulationResults } from '../../shared/simulation/results';
import type { ProspectSource } from '../../shared/simulation/simulate';
import { runSimulation } from '../services/simulation/pool';
import { type CliEnvironment, type CliIo, readLimited, UsageError } from './io';

export interface SimulateFlags {
  json?: boolean;
  prospects?: string;
  personas?: string;
  seed?: string;
  days?: string;
  workers?: string;
}

const wholeNumber = (flag: string, value: string | undefined, min: number, max: number, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, not "${value}".`);
  return n;
};

export async function simulate(file: string, flags: SimulateFlags, io: CliIo, env: CliEnvironment): Promise<number> {
  if (!flags.prospects) throw new UsageError('simulate needs --prospects N or --prospects FILE.csv.');
  const seed = wholeNumber('seed', flags.seed, 0, 2 ** 31 - 1, 1);
  const horizonDays = wholeNumber('days', flags.days, 1, MAX_HORIZON_DAYS, 90);
  const workers = wholeNumber('workers', flags.workers, 0, 64, env.workerScript ? Math.min(2, os.availableParallelism()) : 0);

  const text = readLimited(file);
  const imported = importExchange(text, Buffer.byteLength(text));
  if (!imported.ok) {
    io.err(`${file} cannot be read as a journey file:\n${imported.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}\n`);
    return 1;
  }
  let personas: PersonaSet;
  if (flags.personas) {
    const parsed = PersonaSet.safeParse(JSON.parse(readLimited(flags.personas)));
    if (!parsed.success) {
      io.err(`${flags.personas} is not a persona file: ${describeZodError(parsed.error)}\n`);
      return 1;
    }
    personas = parsed.data;
  } else personas = PersonaSet.parse(defaultPersonasFile);

  let source: ProspectSource;
  if (/^\d+$/.test(flags.prospects)) {
    const count = wholeNumber('prospects', flags.prospects, 1, 10_000_000, 0);
    const mix = Object.keys(personas.defaultMix).length > 0 ? personas.defaultMix : Object.fromEntries(personas.personas.map((p) => [p.id, 1]));
    source = { kind: 'generate', plan: { count, mix, entrySpreadDays: 14 } };
  } else {
    const csv = prospectsFromCsv(readLimited(flags.prospects), { personas: personas.personas.map((p) => p.id) });
    for (const e of csv.errors.slice(0, 20)) io.err(`${flags.prospects}:${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}\n`);
    if (csv.errors.length > 20) io.err(`… and ${csv.errors.length - 20} more problems\n`);
    if (csv.prospects.length === 0) {
      io.err(`${flags.prospects}: no usable prospects.\n`);
      return 1;
    }
    source = { kind: 'list', prospects: csv.prospects };
  }
  if (!fs.existsSync(env.workerScript ?? '') && workers > 0) throw new Error('The simulation worker is not built; run "npm run build" or pass --workers 0.');
  const options = SimulationOptions.parse({ seed, horizonDays });
  const started = performance.now();
  const { results } = await runSimulation(
    {
      journey: imported.document.journey,
      personas: personas.personas,
      accounts: personas.accounts,
      source,
      options,
      templateLinks: linksOfTemplates(imported.document.journey, new Map(imported.document.templates.map((t) => [t.id, t]))),
    },
    { workers, workerScript: env.workerScript ?? '' },
  );
  const seconds = (performance.now() - started) / 1000;
  if (flags.json) io.out(`${JSON.stringify(results, null, 2)}\n`);
  else io.out(summarize(results, { seconds, workers }));
  return 0;
}

const n = (value: number) => value.toLocaleString('en-US');
const pct = (value: number | null) => (value === null ? '' : `${(value * 100).toFixed(1)}%`);

export function summarize(r: SimulationResults, run: { seconds: number; workers: number }): string {
  const lines: string[] = [];
  lines.push(`Simulated ${n(r.prospects)} prospects through “${r.journey.name}” for ${r.horizonDays} days (seed ${r.seed}, ${run.workers} worker${run.workers === 1 ? '' : 's'}) in ${run.seconds.toFixed(2)} s.`);
  lines.push('');
  lines.push('Funnel');
  for (const f of r.funnel) {
    const timing = f.medianDays === null ? '' : `   median ${f.medianDays} d, p90 ${f.p90Days} d`;
    lines.push(`  ${f.stage.toUpperCase().padEnd(9)} ${n(f.reached).padStart(10)}   ${pct(f.conversionFromPrevious).padStart(6)}${timing}`);
  }
  lines.push('');
  const e = r.exits;
  lines.push(`Outcomes   converted ${n(e.converted)} · ended ${n(e.ended)} · disqualified ${n(e.disqualified)} · unsubscribed ${n(e.unsubscribed)} · moved to another journey ${n(e.movedToJourney)} · not eligible ${n(e.notEligible)}`);
  lines.push(`Still in   ${n(r.stuck.total)} at the horizon${r.stuck.byNode.length ? ` (most at ${r.stuck.byNode.slice(0, 3).map((s) => `${s.nodeId} ${n(s.count)}`).join(', ')})` : ''}`);
  const perProspect = r.prospects === 0 ? 0 : r.totals.emailsSent / r.prospects;
  lines.push(`Emails     ${n(r.totals.emailsSent)} sent, ${perProspect.toFixed(2)} per prospect${r.totals.suppressedNoConsent ? `, ${n(r.totals.suppressedNoConsent)} held back for lack of consent` : ''}`);
  const h = r.handoffs;
  lines.push(`Sales      ${n(h.total)} hand-offs, ${n(h.assigned)} assigned, ${n(h.queuedAtHorizon)} still waiting for capacity (${n(h.weeklyCapacity)} leads/week), ${n(h.fallbackQueue.leads)} in “${h.fallbackQueue.name}”`);
  const overloaded = h.perWeek.filter((w) => w.backlog > 0).length;
  if (overloaded > 0) lines.push(`           sales capacity was short in ${overloaded} of ${h.perWeek.length} weeks; peak backlog ${n(Math.max(...h.perWeek.map((w) => w.backlog)))}`);
  lines.push(`Grades     A ${n(r.scores.grades.A)} · B ${n(r.scores.grades.B)} · C ${n(r.scores.grades.C)} · D ${n(r.scores.grades.D)}`);
  const s = r.sales;
  if (s?.enabled) {
    const reasons = Object.entries(s.rejectionReasons)
      .filter(([, count]) => count > 0)
      .map(([reason, count]) => `${reason} ${n(count)}`)
      .join(', ');
    lines.push(`Answers    ${n(s.answers.accepted)} accepted · ${n(s.answers.rejected)} rejected${reasons ? ` (${reasons})` : ''} · ${n(s.answers.noAnswer)} no answer · ${n(s.notFeasible.rules + s.notFeasible.capacity)} not feasible`);
    lines.push(`Recycled   ${n(s.recycled.leads)} leads; handed off again ${n(s.recycled.handedOffAgain)}, accepted again ${n(s.recycled.acceptedAgain)}, customers ${n(s.recycled.customers)}`);
    lines.push(`Deals      ${n(s.opportunities.created)} opportunities: ${n(s.opportunities.won)} won, ${n(s.opportunities.lost)} lost, ${n(s.opportunities.openAtHorizon)} open at the horizon`);
  }
  const accounts = r.accounts;
  if (accounts) {
    const reached = accounts.funnel.map((f) => `${f.stage.toUpperCase()} ${n(f.reached)}`).join(' · ');
    lines.push(`Accounts   ${n(accounts.accounts)} (${accounts.meanContacts.toFixed(1)} contacts each, ${accounts.together ? 'run together' : 'each contact alone'}): ${reached}; ${n(accounts.won.accounts)} won`);
    const handed = accounts.handedOver;
    if (handed) {
      const roles = handed.byRolesEngaged.filter((b) => b.accounts > 0).map((b) => `${b.roles} roles ${n(b.accounts)}`).join(' · ');
      lines.push(`           handed to sales ${n(handed.accounts)} times (${roles}); ${n(handed.contactsJoined)} colleagues joined`);
    }
  }
  const m = r.money;
  if (m) {
    const money = (value: number | null) => (value === null ? '–' : value.toLocaleString('en-US', { style: 'currency', currency: m.currency, maximumFractionDigits: 0 }));
    if (s?.enabled) lines.push(`Value      pipeline ${money(s.pipeline)}, revenue won ${money(s.revenue)}`);
    lines.push(`Costs      ${money(m.costs.total)} (emails ${money(m.costs.emails)}, sales time ${money(m.costs.sales)}, fixed ${money(m.costs.fixed)}); per MQL ${money(m.costPer.mql)}, SAL ${money(m.costPer.sal)}, SQL ${money(m.costPer.sql)}, customer ${money(m.costPer.customer)}`);
    if (s?.enabled) lines.push(`Return     ROI ${m.roi === null ? '–' : m.roi.toFixed(2)}, payback ${m.paybackWeeks === null ? 'not within the horizon' : `in week ${m.paybackWeeks}`}`);
  }
  return `${lines.join('\n')}\n`;
}
