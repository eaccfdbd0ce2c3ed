/**
 * Pure rules for the saved surveys and replies: one reply per survey, the same reply opened twice saved
 * once, a later reply to the same survey replacing the earlier, each client's latest reply, and the Net
 * Promoter Score of the replies.
 */
import { addDaysToIsoDate, type IsoDate } from '../shared/calendar-date';
import type { SurveyReply } from './model';
import type { SavedReply, SurveyData } from './schema';

/**
 * Tells whether two replies hold the same answers (the day saved aside).
 * @param a a reply
 * @param b another reply
 */
export function isSameReply(a: SurveyReply, b: SurveyReply): boolean {
  return (
    a.surveyId === b.surveyId &&
    a.answeredOn === b.answeredOn &&
    a.recommend === b.recommend &&
    a.comment === b.comment &&
    Object.keys(a.ratings).every((id) => a.ratings[id as keyof SurveyReply['ratings']] === b.ratings[id as keyof SurveyReply['ratings']])
  );
}

/**
 * Adds a reply: kept once when it is already saved, replacing the earlier reply to the same survey.
 * @param data the saved data
 * @param reply the reply, with its client and the day saved
 */
export function addReply(data: SurveyData, reply: SavedReply): { data: SurveyData; outcome: 'added' | 'replaced' | 'already-saved' } {
  const earlier = data.replies.find((r) => r.surveyId === reply.surveyId);
  if (earlier && isSameReply(earlier, reply)) return { data, outcome: 'already-saved' };
  const replies = [...data.replies.filter((r) => r.surveyId !== reply.surveyId), reply];
  return {
    data: { ...data, replies },
    outcome: earlier ? 'replaced' : 'added',
  };
}

/**
 * Finds the client a survey was made for.
 * @param data the saved data
 * @param surveyId the survey's id
 */
export function findReplyClient(data: SurveyData, surveyId: string): string | undefined {
  return data.surveys.find((survey) => survey.surveyId === surveyId)?.clientId ?? data.replies.find((reply) => reply.surveyId === surveyId)?.clientId;
}

/**
 * Lists each client's latest reply (by the day answered; the later saved on a tie).
 * @param replies the saved replies, oldest saved first
 */
export function listLatestReplies(replies: readonly SavedReply[]): Record<string, SavedReply> {
  const latest: Record<string, SavedReply> = {};
  for (const reply of replies) {
    const kept = latest[reply.clientId];
    if (!kept || reply.answeredOn >= kept.answeredOn) latest[reply.clientId] = reply;
  }
  return latest;
}

/** Promoters answer 9 or 10 (Reichheld's Net Promoter Score, 2003). */
export const PROMOTER_MIN = 9;
/** Passives answer 7 or 8; detractors 0 to 6. */
export const PASSIVE_MIN = 7;

/** A Net Promoter Score with its counts. */
export interface NetPromoterScore {
  promoters: number;
  passives: number;
  detractors: number;
  /** How many answers were counted. */
  total: number;
  /** % promoters − % detractors, a whole number −100 to +100; undefined with no answers. */
  score: number | undefined;
}

/**
 * Computes the Net Promoter Score of recommend answers.
 * @param answers whole numbers 0–10
 */
export function computeNetPromoterScore(answers: readonly number[]): NetPromoterScore {
  const promoters = answers.filter((a) => a >= PROMOTER_MIN).length;
  const passives = answers.filter((a) => a >= PASSIVE_MIN && a < PROMOTER_MIN).length;
  const detractors = answers.length - promoters - passives;
  const total = answers.length;
  // Rounded once, from the difference of counts, so the two percentages' rounding cannot add up;
  // `+ 0` turns Math.round's −0 (for example −0.4) into 0, which reads as "0", not "−0".
  const score = total === 0 ? undefined : Math.round(((promoters - detractors) * 100) / total) + 0;
  return { promoters, passives, detractors, total, score };
}

/** How far back a reply counts for the Net Promoter Score: the last 12 months. */
export const NPS_WINDOW_MONTHS = 12;

/**
 * The first day inside the Net Promoter Score's window.
 * @param today today's date
 */
export function findNpsWindowStart(today: IsoDate): IsoDate {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  // 29 February a year back does not exist: count from 28 February, so the window starts on 1 March.
  const yearAgo = `${pad(year - NPS_WINDOW_MONTHS / 12, 4)}-${pad(month, 2)}-${pad(month === 2 && day === 29 ? 28 : day, 2)}`;
  return addDaysToIsoDate(yearAgo, 1);
}
