/**
 * My plan's view of each tool: a summary atom per tool, built from the tool's own store and model, kept in
 * step with its saved data. Loaded by `./my-plan.ts` only once some tool has been used, so a first visit to
 * My plan downloads none of the tools' code.
 *
 * Only the tools' store modules and the modules those already import are used here: each tool page then
 * keeps its code in the chunks it already had (a model module imported only by the tool's own island
 * would be split into a chunk of its own, and the tool's first visit would grow).
 *
 * Lifecycle: importing this module creates (and registers) every tool's saved store; each `create…`
 * returns a computed atom that is undefined while the tool holds nothing worth showing.
 */
import { computed, type ReadableAtom } from 'nanostores';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { listNextActions } from '../ladder-quiz/model';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { FACTOR_GUIDANCE, FACTOR_LABELS, scoreLoyalty } from '../loyalty-score/model';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { findLatestScorecard } from '../loyalty-score/history';
import type { ChecklistSummary, ClientScore, LadderSummary, PlannerSummary, ReviewSummary } from './model';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { TOLERANCE_STATUS_LABELS } from '../tolerance-review/model';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { HABIT_IDS } from '../weekly-checklist/model';
import { $clients } from '../shared/clients';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { $latestLadderResult, $ladderQuiz } from '../ladder-quiz/store';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { $scorecards } from '../loyalty-score/store';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { $reviews, $reviewsNeedingAttention } from '../tolerance-review/store';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { $planner, $upcomingTouchpoints } from '../touchpoint-planner/store';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { $checklist, $lastEightWeeks, $thisWeekTally } from '../weekly-checklist/store';

/** The latest score of every client with a saved scorecard, lowest first. */
export function createScorerSummary(): ReadableAtom<ClientScore[] | undefined> {
  return computed([$scorecards, $clients], (cards, clients) => {
    if (cards.length === 0) return undefined;
    const clientIds = [...new Set(cards.map((card) => card.clientId))];
    return clientIds
      .map((clientId) => {
        const card = findLatestScorecard(cards, clientId)!;
        const result = scoreLoyalty(card.entries);
        const guide = FACTOR_GUIDANCE[result.weakest];
        return {
          clientId,
          clientName: clients.find((client) => client.id === clientId)?.name,
          score: result.score,
          bandId: result.band.id,
          bandName: result.band.name,
          savedOn: card.savedOn,
          weakestFactor: FACTOR_LABELS[result.weakest],
          weakestGuide: { path: guide.path, label: guide.title },
        };
      })
      .sort((a, b) => a.score - b.score);
  });
}

/** The latest ladder result and the first step towards the next rung; undefined before any answer. */
export function createLadderSummary(): ReadableAtom<LadderSummary | undefined> {
  return computed([$ladderQuiz, $latestLadderResult], (state, latest) => {
    if (!latest && Object.keys(state.answers).length === 0) return undefined;
    const action = latest && listNextActions(latest.stepNumber)[0];
    return {
      latest,
      nextAction: action && { text: action.text, link: { path: action.path, label: action.linkText } },
    };
  });
}

/** This week's tally and the last eight weeks; undefined before any week was filled in. */
export function createChecklistSummary(): ReadableAtom<ChecklistSummary | undefined> {
  return computed([$checklist, $thisWeekTally, $lastEightWeeks], (data, thisWeek, lastEightWeeks) =>
    Object.keys(data.weeks).length === 0 ? undefined : { thisWeek, lastEightWeeks, habitCount: HABIT_IDS.length },
  );
}

/**
 * Contacts due in the next fortnight; undefined before any plan was made. What each contact is for comes
 * from the planner's rules, which the planner itself loads on demand; they are fetched here the same way.
 */
export async function createPlannerSummary(): Promise<ReadableAtom<PlannerSummary | undefined>> {
  // eslint-disable-next-line no-restricted-syntax -- TODO(issue-12): cross-tool import; go through the registry
  const { PURPOSES } = await import('../touchpoint-planner/model');
  return computed([$planner, $upcomingTouchpoints], (data, upcoming) =>
    data.plans.length === 0
      ? undefined
      : {
          planCount: data.plans.length,
          upcoming: upcoming.map(({ planId, contact, clientName, overdue }) => ({
            key: `${planId}:${contact.id}`,
            clientName,
            date: contact.date,
            overdue,
            purpose: PURPOSES[contact.purpose].label,
            guide: { path: PURPOSES[contact.purpose].guide.path, label: PURPOSES[contact.purpose].guide.title },
          })),
        },
  );
}

/** Customers outside or near the edge of their zone, and reviews due; undefined before any review. */
export function createReviewSummary(): ReadableAtom<ReviewSummary | undefined> {
  return computed([$reviews, $reviewsNeedingAttention], (reviews, rows) =>
    reviews.length === 0
      ? undefined
      : {
          reviewCount: reviews.length,
          needingAttention: rows.map((row) => ({
            reviewId: row.id,
            customerName: row.customerName,
            status: row.verdict.status,
            statusLabel: TOLERANCE_STATUS_LABELS[row.verdict.status],
            reviewedOn: row.reviewedOn,
            dueOn: row.dueOn,
            due: row.due,
            firstStep: row.verdict.status === 'inside' ? undefined : row.verdict.steps[0]?.text,
          })),
        },
  );
}
