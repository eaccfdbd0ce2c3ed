/**
 * My plan's view of the client survey: each client's latest score in the client's own view, and the Net
 * Promoter Score of the latest reply of every client who replied in the last 12 months. Loaded through the
 * tool registry only once the survey has saved something.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { SurveySummary } from '../my-plan/public';
import { scoreLoyalty } from '../loyalty-score/public';
import { $clients } from '../shared/clients';
import { $today } from '../shared/today';
import { computeNetPromoterScore, findNpsWindowStart, listLatestReplies } from './history';
import { $surveyData } from './store';

/** Creates the summary atom; undefined while no survey was made and no reply saved. */
export function createPlanSummary(): ReadableAtom<SurveySummary | undefined> {
  return computed([$surveyData, $clients, $today], (data, clients, today) => {
    if (data.surveys.length === 0 && data.replies.length === 0) return undefined;
    const latest = Object.values(listLatestReplies(data.replies));
    const windowStart = findNpsWindowStart(today);
    // No upper bound: a reply dated a day ahead (the client's clock or time zone) still counts as recent.
    const recent = latest.filter((reply) => reply.answeredOn >= windowStart);
    const answered = new Set(data.replies.map((reply) => reply.surveyId));
    return {
      clients: latest
        .map((reply) => {
          const result = scoreLoyalty(reply.ratings);
          return {
            clientId: reply.clientId,
            clientName: clients.find((client) => client.id === reply.clientId)?.name,
            score: result.score,
            bandName: result.band.name,
            recommend: reply.recommend,
            answeredOn: reply.answeredOn,
          };
        })
        .sort((a, b) => a.score - b.score),
      netPromoterScore: computeNetPromoterScore(recent.map((reply) => reply.recommend)),
      awaitingReply: data.surveys.filter((survey) => !answered.has(survey.surveyId)).length,
    };
  });
}
