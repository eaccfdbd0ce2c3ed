/**
 * Pure rules for the saved surveys and replies: one reply per survey, the same reply opened twice saved
 * once, a later reply to the same survey replacing the earlier, and each client's latest reply.
 */
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
