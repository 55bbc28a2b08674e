// Replay by account: the sampled timelines grouped by the company their contacts belong to,
// and one account's contacts laid out on one shared time axis — so a campaign manager sees
// who moved first, who followed, and when the company went to sales.
import { BUYING_ROLES } from '../accounts/schema';
import { LIFECYCLE_STAGES, type Stage } from '../journey/primitives';
import type { Timeline } from './aggregate';
import { HOURS_PER_DAY } from './calendar';
import { timelineEventOf } from './timeline';

export interface ReplayAccount {
  account: string;
  /** The company's name, when its contacts carry one (else only the key). */
  company: string | null;
  /** Its sampled contacts: by buying role (BUYING_ROLES order, no role last), then name. */
  contacts: Timeline[];
  /** The highest stage any of them reached. */
  furthestStage: Stage;
  /** Whether any of them reached a hand-off to sales. */
  handedOver: boolean;
}

/** The accounts whose key, company name or one of whose contacts' names holds the query (case aside); all for an empty query. */
export function findAccounts(accounts: readonly ReplayAccount[], query: string): readonly ReplayAccount[] {
  const q = query.trim().toLowerCase();
  if (!q) return accounts;
  return accounts.filter((a) => a.account.toLowerCase().includes(q) || (a.company?.toLowerCase().includes(q) ?? false) || a.contacts.some((c) => c.name.toLowerCase().includes(q)));
}

/** Whether the sampled timelines name accounts (a prospect list with an account column). */
export const timelinesHaveAccounts = (timelines: readonly Timeline[]): boolean => timelines.some((tl) => tl.account !== undefined);

const stageIndex = (stage: string) => LIFECYCLE_STAGES.indexOf(stage as Stage);
const roleOrder = (tl: Timeline) => (tl.role === undefined ? BUYING_ROLES.length : BUYING_ROLES.indexOf(tl.role));

/** The highest stage index a timeline reached (its steps carry the stage at each moment). */
function furthest(tl: Timeline): number {
  let best = 0;
  for (const step of tl.steps) best = Math.max(best, stageIndex(step.stage));
  return best;
}

/**
 * The accounts of the sampled timelines, furthest along first (then more contacts, then by
 * name): the ones worth a look come up. Contacts without an account are left out.
 * `handoffNodes`: the ids of the journey's hand-off steps.
 */
export function replayAccounts(timelines: readonly Timeline[], handoffNodes: ReadonlySet<string>): ReplayAccount[] {
  const byAccount = new Map<string, Timeline[]>();
  for (const tl of timelines) {
    if (tl.account === undefined) continue;
    let contacts = byAccount.get(tl.account);
    if (!contacts) byAccount.set(tl.account, (contacts = []));
    contacts.push(tl);
  }
  const accounts = [...byAccount].map(([account, contacts]) => {
    contacts.sort((a, b) => roleOrder(a) - roleOrder(b) || a.name.localeCompare(b.name) || a.prospectId.localeCompare(b.prospectId));
    // As in the account funnel, a contact the journey's audience did not admit counts in no stage.
    const best = contacts.reduce((m, tl) => (tl.outcome === 'notEligible' ? m : Math.max(m, furthest(tl))), 0);
    const handedOver = contacts.some((tl) => tl.steps.some((step) => markKindOf(step.event, step.nodeId, handoffNodes) === 'handoff'));
    const company = contacts.find((tl) => tl.company !== undefined)?.company ?? null;
    return { account, company, contacts, furthestStage: LIFECYCLE_STAGES[best]!, handedOver, best };
  });
  accounts.sort((a, b) => b.best - a.best || b.contacts.length - a.contacts.length || a.account.localeCompare(b.account));
  return accounts.map(({ best: _best, ...account }) => account);
}

/**
 * The events a lane marks; the rest (steps entered, branches taken, waiting, decay) stay in the
 * single contact's replay. handoff: reached a hand-off step; sales: sales' answers and
 * milestones, and waiting for a rep; won: the deal won; exit: left the journey.
 */
export type MarkKind = 'email' | 'reaction' | 'handoff' | 'sales' | 'won' | 'exit';

const REACTIONS = new Set(['open', 'click', 'download', 'form', 'visit']);
const EXITS = new Set(['unsubscribed', 'goal', 'disqualified', 'movedToJourney', 'notEligible']);

export function markKindOf(event: string, nodeId: string, handoffNodes: ReadonlySet<string>): MarkKind | null {
  const kind = timelineEventOf(event);
  switch (kind.kind) {
    case 'entered':
      return handoffNodes.has(nodeId) ? 'handoff' : null;
    case 'sent':
      return 'email';
    case 'queued':
    case 'sales':
    case 'salesRejected':
      return 'sales';
    case 'exit':
      return 'exit';
    case 'named':
      if (kind.name === 'won') return 'won';
      if (kind.name === 'qualified') return 'sales';
      if (REACTIONS.has(kind.name)) return 'reaction';
      return EXITS.has(kind.name) ? 'exit' : null;
    default:
      return null;
  }
}

export interface LaneMark {
  kind: MarkKind;
  /** Hours since the run started, and the place on the axis (0 … 1). */
  t: number;
  at: number;
  /** Index of the step in the timeline (to replay the contact from there). */
  step: number;
}

/** A stretch of a lane at one stage, from … to on the axis (0 … 1). */
export interface StageSpan {
  stage: Stage;
  from: number;
  to: number;
}

export interface AccountLane {
  timeline: Timeline;
  stages: StageSpan[];
  marks: LaneMark[];
}

export interface AxisTick {
  /** The day (1: the first of the run) whose start the tick marks, and its place (0 … 1). */
  day: number;
  at: number;
}

/** The first moment any contact of the account reached a stage (from MQL on) or a hand-off. */
export interface AccountMilestone {
  what: Stage | 'handoff';
  t: number;
  at: number;
  prospectId: string;
}

export interface AccountLanes {
  /** The shared axis: from the first event of any contact to the last (hours since the run started). */
  start: number;
  end: number;
  ticks: AxisTick[];
  lanes: AccountLane[];
  milestones: AccountMilestone[];
}

/** Tick spacings in days; the axis takes the first that gives at most MAX_TICKS ticks. */
const TICK_DAYS = [1, 2, 7, 14, 28, 56, 91, 182, 364];
const MAX_TICKS = 6;
/** The least room between the first day's label and the next tick (share of the axis). */
const MIN_TICK_GAP = 0.12;

/**
 * One account's contacts on one time axis: each lane its stages as spans and its marked events
 * at their time, and the account's milestones (the first contact to reach MQL, to go to sales …).
 */
/**
 * Whether the contact that entered a hand-off step at steps[i] handed the account over (rather
 * than joining a colleague's hand-off, or failing sales' feasibility check there).
 */
function handsOver(steps: readonly Timeline['steps'][number][], i: number): boolean {
  for (let k = i + 1; k < steps.length && steps[k]!.nodeId === steps[i]!.nodeId; k++) {
    if (steps[k]!.event === 'sales:joinedAccount' || steps[k]!.event === 'sales:notFeasible') return false;
  }
  return true;
}

export function accountLanes(account: Pick<ReplayAccount, 'contacts'>, handoffNodes: ReadonlySet<string>): AccountLanes {
  let start = Infinity;
  let end = -Infinity;
  for (const tl of account.contacts) {
    if (tl.steps.length === 0) continue;
    start = Math.min(start, tl.steps[0]!.t);
    end = Math.max(end, tl.steps[tl.steps.length - 1]!.t);
  }
  if (start === Infinity) start = end = 0;
  // Start at the day's start, and show at least a day: one event alone has room.
  start = Math.floor(start / HOURS_PER_DAY) * HOURS_PER_DAY;
  end = Math.max(end, start + HOURS_PER_DAY);
  const span = end - start;
  const at = (t: number) => (t - start) / span;

  const first = new Map<AccountMilestone['what'], { t: number; prospectId: string }>();
  const reach = (what: AccountMilestone['what'], t: number, prospectId: string) => {
    const known = first.get(what);
    if (!known || t < known.t) first.set(what, { t, prospectId });
  };
  const lanes = account.contacts.map((timeline): AccountLane => {
    const stages: StageSpan[] = [];
    const marks: LaneMark[] = [];
    // As in the account funnel: a contact the audience did not admit moves the account nowhere.
    const admitted = timeline.outcome !== 'notEligible';
    timeline.steps.forEach((step, i) => {
      const stage = stageIndex(step.stage) >= 0 ? (step.stage as Stage) : LIFECYCLE_STAGES[0];
      const last = stages[stages.length - 1];
      if (!last || last.stage !== stage) {
        if (last) last.to = at(step.t);
        stages.push({ stage, from: at(step.t), to: at(step.t) });
      }
      if (admitted) for (let s = 1; s <= stageIndex(stage); s++) reach(LIFECYCLE_STAGES[s]!, step.t, timeline.prospectId);
      const kind = markKindOf(step.event, step.nodeId, handoffNodes);
      if (kind === null) return;
      marks.push({ kind, t: step.t, at: at(step.t), step: i });
      if (kind === 'handoff' && handsOver(timeline.steps, i)) reach('handoff', step.t, timeline.prospectId);
    });
    const last = stages[stages.length - 1];
    if (last) last.to = at(timeline.steps[timeline.steps.length - 1]!.t);
    return { timeline, stages, marks };
  });

  const days = span / HOURS_PER_DAY;
  const every = TICK_DAYS.find((d) => days / d <= MAX_TICKS) ?? TICK_DAYS[TICK_DAYS.length - 1]!;
  // The axis's first day is named, then every `every` days from the run's start (none crowding it).
  const ticks: AxisTick[] = [{ day: start / HOURS_PER_DAY + 1, at: 0 }];
  for (let d = Math.ceil(start / HOURS_PER_DAY / every) * every; d * HOURS_PER_DAY <= end; d += every) {
    if (at(d * HOURS_PER_DAY) >= MIN_TICK_GAP) ticks.push({ day: d + 1, at: at(d * HOURS_PER_DAY) });
  }

  const order: AccountMilestone['what'][] = [...LIFECYCLE_STAGES.slice(1, 2), 'handoff', ...LIFECYCLE_STAGES.slice(2)];
  // In time order; at the same moment, in the order of the journey (MQL before the hand-off).
  const milestones = order
    .flatMap((what) => {
      const m = first.get(what);
      return m ? [{ what, t: m.t, at: at(m.t), prospectId: m.prospectId }] : [];
    })
    .sort((a, b) => a.t - b.t);
  return { start, end, ticks, lanes, milestones };
}
