/**
 * My plan's ranking: from what each tool has saved, pick the next five things to do, most urgent first,
 * each with why and where to read or act. Pure: the My plan store gathers the tools' summaries and today's
 * date and passes them in; nothing here reads storage or the clock.
 *
 * How actions are ranked (explained to users on the My plan page):
 * 1. A contact that is overdue, then a client outside their zone of tolerance: both are relationships
 *    slipping now, and the source on satisfaction asks for action the same day.
 * 2. Contacts due in the next two days, then clients whose loyalty score is in the lowest band.
 * 3. Clients near the edge of their zone, this week's habit challenge, reviews that are due.
 * 4. Clients who are satisfied but not loyal, the next rung of the ladder, contacts later in the fortnight.
 * 5. Invitations to the tools not used yet, so a new user has a first step.
 * Within a kind, the earliest date or the lowest score comes first.
 */
import { countDaysBetween, formatIsoDateForReading, type IsoDate } from '../shared/calendar-date';
import { findTool, TOOLS, type ToolId } from '../registry';

/** How many next actions the page lists (the issue: "the next five actions"). */
export const NEXT_ACTION_COUNT = 5;

/** A contact this many days ahead or fewer counts as "due now" (today and tomorrow). */
export const DUE_SOON_DAYS = 1;

/** A ladder result older than this is worth retaking: the tolerance review's own 90-day review rhythm. */
export const QUIZ_STALE_DAYS = 90;

/**
 * Weight of each kind of action; higher comes first. The gaps leave room to add kinds later without
 * renumbering. Order follows the ranking rules in the module comment.
 */
export const ACTION_PRIORITY = {
  overdueContact: 100,
  outsideZone: 95,
  contactDueSoon: 85,
  atRiskScore: 80,
  nearEdge: 70,
  weeklyChallenge: 60,
  reviewDue: 55,
  satisfiedScore: 45,
  finishQuiz: 40,
  climbLadder: 35,
  retakeQuiz: 30,
  laterContact: 25,
  invitation: 10,
} as const;

/** Kind of a next action. */
export type ActionKind = keyof typeof ACTION_PRIORITY;

/** Where an action leads: a site path without the base path, and the link's text. */
export interface PlanLink {
  path: string;
  label: string;
}

/** One of the tools My plan reads (every tool in the registry). */
export type PlanToolId = ToolId;

/** Band ids of the loyalty score, lowest first (see the scorer's model). */
export type ScoreBandId = 'at-risk' | 'satisfied' | 'loyal' | 'trusted-advisor';

/** A client's latest loyalty score, as My plan shows it. */
export interface ClientScore {
  clientId: string;
  /** The client's current name, or undefined when the client was removed from the list. */
  clientName: string | undefined;
  /** 0–100. */
  score: number;
  bandId: ScoreBandId;
  bandName: string;
  savedOn: IsoDate;
  /** The weakest factor's name, for example "Trust". */
  weakestFactor: string;
  /** The guidance on the weakest factor. */
  weakestGuide: PlanLink;
}

/** The latest ladder result, or a quiz started but not finished. */
export interface LadderSummary {
  /** Undefined while the quiz has never been completed. */
  latest: { stepNumber: number; label: string; date: IsoDate } | undefined;
  /** The first thing to do to reach the next rung (or hold the top), with its guidance. */
  nextAction: { text: string; link: PlanLink } | undefined;
}

/** One week of the weekly checklist. */
export interface WeekTallySummary {
  /** ISO week, `YYYY-Www`. */
  week: string;
  habitsPractised: number;
  ticks: number;
  challengeMet: boolean;
}

/** The weekly checklist's tally. */
export interface ChecklistSummary {
  thisWeek: WeekTallySummary;
  /** Oldest first, this week last. */
  lastEightWeeks: WeekTallySummary[];
  /** How many habits the challenge asks for. */
  habitCount: number;
}

/** A planned contact in the next fortnight. */
export interface UpcomingContactSummary {
  /** Unique among the contacts listed (plan and contact id). */
  key: string;
  clientName: string;
  date: IsoDate;
  overdue: boolean;
  /** What the contact is for, for example "Say thank you". */
  purpose: string;
  /** The guidance behind it. */
  guide: PlanLink;
}

/** The touchpoint planner's state. */
export interface PlannerSummary {
  planCount: number;
  upcoming: UpcomingContactSummary[];
}

/** Status of a client in the tolerance review. */
export type ZoneStatus = 'inside' | 'near-edge' | 'outside';

/** A reviewed client who needs attention. */
export interface ReviewAttentionSummary {
  reviewId: string;
  clientName: string;
  status: ZoneStatus;
  statusLabel: string;
  reviewedOn: IsoDate;
  dueOn: IsoDate;
  /** Another review is due. */
  due: boolean;
  /** The most urgent recovery step, when the client is not inside their zone. */
  firstStep: string | undefined;
}

/** The tolerance review's state. */
export interface ReviewSummary {
  reviewCount: number;
  needingAttention: ReviewAttentionSummary[];
}

/** One client's latest reply to the client survey, scored as the scorer scores the user's own view. */
export interface ClientViewScore {
  clientId: string;
  /** Undefined when the client was removed from the list. */
  clientName: string | undefined;
  /** Loyalty score of the client's answers, 0–100. */
  score: number;
  bandName: string;
  /** The recommend answer, 0–10. */
  recommend: number;
  answeredOn: IsoDate;
}

/** The client survey's state. */
export interface SurveySummary {
  /** Each client's latest reply, lowest score first. */
  clients: ClientViewScore[];
  /** Net Promoter Score of the latest reply of each client who replied in the last 12 months. */
  netPromoterScore: { promoters: number; passives: number; detractors: number; total: number; score: number | undefined };
  /** Survey links made that have no reply saved yet. */
  awaitingReply: number;
}

/**
 * What the tools have saved, summarised. A tool left undefined has never been used in this browser:
 * the page invites the user to it rather than showing zeros.
 */
export interface ToolSummaries {
  'loyalty-score': ClientScore[];
  'ladder-quiz': LadderSummary;
  'weekly-checklist': ChecklistSummary;
  'touchpoint-planner': PlannerSummary;
  'tolerance-review': ReviewSummary;
  'client-survey': SurveySummary;
}

/**
 * What the tools have saved, summarised, by tool id, with today's date. A tool left undefined has never
 * been used in this browser: the page invites the user to it rather than showing zeros.
 */
export type PlanInputs = { today: IsoDate } & { [Id in ToolId]?: (Id extends keyof ToolSummaries ? ToolSummaries[Id] : unknown) | undefined };

/** One of the next actions. */
export interface PlanAction {
  /** Unique within the list, stable while the data stays the same (a list key). */
  key: string;
  kind: ActionKind;
  /** What to do, as an instruction. */
  title: string;
  /** Why it comes now. */
  why: string;
  link: PlanLink;
}

/** Guidance on the zone of tolerance (heading id of the satisfaction-and-loyalty page). */
const ZONE_GUIDE: PlanLink = {
  path: 'playbook/satisfaction-and-loyalty/#the-zone-of-tolerance',
  label: 'The zone of tolerance',
};

/** Guidance on the weekly desk challenge (heading id of the weekly-habits page). */
const CHALLENGE_GUIDE: PlanLink = { path: 'playbook/weekly-habits/#the-one-week-desk-challenge', label: 'The one-week desk challenge' };

/** A link to a tool's own page, named by its title. */
function toToolLink(id: ToolId): PlanLink {
  const tool = findTool(id);
  return { path: tool.path, label: tool.title };
}

interface RankedAction extends PlanAction {
  priority: number;
  /** Orders actions of the same kind: earlier dates and lower scores first. */
  order: string | number;
}

/** Names a client whose record outlived its entry in the client list. */
const UNNAMED_CLIENT = 'a client no longer in your list';

function describeDaysAgo(days: number): string {
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

function describeDueDay(today: IsoDate, date: IsoDate): string {
  const days = countDaysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return formatIsoDateForReading(date);
}

function collectContactActions(today: IsoDate, planner: PlannerSummary): RankedAction[] {
  return planner.upcoming.map((contact) => {
    const ahead = countDaysBetween(today, contact.date);
    const kind: ActionKind = contact.overdue ? 'overdueContact' : ahead <= DUE_SOON_DAYS ? 'contactDueSoon' : 'laterContact';
    const when = contact.overdue ? `was due ${describeDaysAgo(-ahead)}` : `is due ${describeDueDay(today, contact.date)}`;
    return {
      key: `contact:${contact.key}`,
      kind,
      priority: ACTION_PRIORITY[kind],
      order: contact.date,
      title: `${contact.purpose}: ${contact.clientName}`,
      why: `This planned contact ${when}. Contacts kept on time in the first weeks are what a new client remembers.`,
      link: contact.guide,
    };
  });
}

function collectReviewActions(review: ReviewSummary): RankedAction[] {
  return review.needingAttention.map((row) => {
    if (row.status === 'outside' || row.status === 'near-edge') {
      const kind: ActionKind = row.status === 'outside' ? 'outsideZone' : 'nearEdge';
      const state = row.status === 'outside' ? 'is outside their zone of tolerance' : 'is near the edge of their zone of tolerance';
      return {
        key: `review:${row.reviewId}`,
        kind,
        priority: ACTION_PRIORITY[kind],
        order: row.reviewedOn,
        title: row.firstStep ?? `Act on ${row.clientName}’s review`,
        why: `${row.clientName} ${state} (reviewed ${formatIsoDateForReading(row.reviewedOn)}).${row.due ? ' Their review is also due.' : ''}`,
        link: ZONE_GUIDE,
      };
    }
    return {
      key: `review:${row.reviewId}`,
      kind: 'reviewDue',
      priority: ACTION_PRIORITY.reviewDue,
      order: row.dueOn,
      title: `Review ${row.clientName} again`,
      why: `Their last review was on ${formatIsoDateForReading(row.reviewedOn)}; pressures change, so a review a quarter keeps the picture true.`,
      link: toToolLink('tolerance-review'),
    };
  });
}

function collectScoreActions(scores: readonly ClientScore[]): RankedAction[] {
  const actions: RankedAction[] = [];
  for (const score of scores) {
    if (score.bandId !== 'at-risk' && score.bandId !== 'satisfied') continue;
    const kind: ActionKind = score.bandId === 'at-risk' ? 'atRiskScore' : 'satisfiedScore';
    const name = score.clientName ?? UNNAMED_CLIENT;
    actions.push({
      key: `score:${score.clientId}`,
      kind,
      priority: ACTION_PRIORITY[kind],
      order: score.score,
      title: `Strengthen ${score.weakestFactor.toLowerCase()} with ${name}`,
      why: `${name} scores ${score.score} (${score.bandName}), and ${score.weakestFactor.toLowerCase()} is the weakest factor: raising it lifts the score most.`,
      link: score.weakestGuide,
    });
  }
  return actions;
}

function collectLadderActions(today: IsoDate, ladder: LadderSummary): RankedAction[] {
  const tool = toToolLink('ladder-quiz');
  if (!ladder.latest) {
    return [
      {
        key: 'ladder:finish',
        kind: 'finishQuiz',
        priority: ACTION_PRIORITY.finishQuiz,
        order: 0,
        title: 'Finish the loyalty-ladder quiz',
        why: 'You started it: your answers are saved, and the last few place you on the ladder.',
        link: tool,
      },
    ];
  }
  const actions: RankedAction[] = [];
  if (ladder.nextAction) {
    actions.push({
      key: 'ladder:climb',
      kind: 'climbLadder',
      priority: ACTION_PRIORITY.climbLadder,
      order: 0,
      title: ladder.nextAction.text,
      why: `The quiz placed you at ${ladder.latest.label}; this is the first move towards the next rung.`,
      link: ladder.nextAction.link,
    });
  }
  const age = countDaysBetween(ladder.latest.date, today);
  if (age >= QUIZ_STALE_DAYS) {
    actions.push({
      key: 'ladder:retake',
      kind: 'retakeQuiz',
      priority: ACTION_PRIORITY.retakeQuiz,
      order: 0,
      title: 'Retake the loyalty-ladder quiz',
      why: `Your last result is from ${formatIsoDateForReading(ladder.latest.date)}, ${age} days ago; see whether you have climbed.`,
      link: tool,
    });
  }
  return actions;
}

function collectChecklistActions(checklist: ChecklistSummary): RankedAction[] {
  const { thisWeek, habitCount } = checklist;
  if (thisWeek.challengeMet) return [];
  const left = habitCount - thisWeek.habitsPractised;
  return [
    {
      key: 'checklist:challenge',
      kind: 'weeklyChallenge',
      priority: ACTION_PRIORITY.weeklyChallenge,
      order: 0,
      title: `Practise ${left} more ${left === 1 ? 'habit' : 'habits'} this week`,
      why: `${thisWeek.habitsPractised} of ${habitCount} habits are ticked so far; the challenge is all ${habitCount} in one week.`,
      link: CHALLENGE_GUIDE,
    },
  ];
}

function collectInvitations(inputs: PlanInputs): RankedAction[] {
  return listUnusedTools(inputs).map((id, index) => ({
    key: `invite:${id}`,
    kind: 'invitation',
    priority: ACTION_PRIORITY.invitation,
    order: index,
    title: findTool(id).invitation,
    why: findTool(id).why,
    link: toToolLink(id),
  }));
}

/**
 * Ranks what to do next across the tools and returns the first {@link NEXT_ACTION_COUNT}.
 * @param inputs the tools' summaries (undefined for tools never used) and today's date
 */
export function rankNextActions(inputs: PlanInputs): PlanAction[] {
  const { today } = inputs;
  const candidates: RankedAction[] = [
    ...(inputs['touchpoint-planner'] ? collectContactActions(today, inputs['touchpoint-planner']) : []),
    ...(inputs['tolerance-review'] ? collectReviewActions(inputs['tolerance-review']) : []),
    ...(inputs['loyalty-score'] ? collectScoreActions(inputs['loyalty-score']) : []),
    ...(inputs['ladder-quiz'] ? collectLadderActions(today, inputs['ladder-quiz']) : []),
    ...(inputs['weekly-checklist'] ? collectChecklistActions(inputs['weekly-checklist']) : []),
    ...collectInvitations(inputs),
  ];
  return candidates
    .sort((a, b) => b.priority - a.priority || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .slice(0, NEXT_ACTION_COUNT)
    .map(({ key, kind, title, why, link }) => ({ key, kind, title, why, link }));
}

/**
 * Lists the tools never used in this browser, in page order.
 * @param inputs the tools' summaries
 */
export function listUnusedTools(inputs: PlanInputs): PlanToolId[] {
  return TOOLS.filter((tool) => inputs[tool.id] === undefined).map((tool) => tool.id);
}
