/**
 * My plan's view of the scorer: the latest score of every client with a saved scorecard, lowest first.
 * Loaded through the tool registry only once the scorer has saved something.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { ClientScore } from '../my-plan/public';
import { $clients } from '../shared/clients';
import { findLatestScorecard } from './history';
import { FACTOR_GUIDANCE, FACTOR_LABELS, scoreLoyalty } from './model';
import { $scorecards } from './store';
// The scorer's unsaved form is one of the tool's saved stores: loading the summary registers it too, so
// export, import and delete reach it like every other store.
import './draft-store';

/** Creates the summary atom; undefined while no scorecard is saved. */
export function createPlanSummary(): ReadableAtom<ClientScore[] | undefined> {
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
