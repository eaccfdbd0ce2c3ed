/**
 * How the client survey's saved data comes in from a backup: surveys join by survey id, and replies keep
 * one per survey, this browser's unless the file's was answered later (as a second reply to the same
 * survey replaces the first in the tool). Pure.
 */
import { defineMergeRule, describeRemoved, type StoreMergeRules } from '../shared/merge-rules';
import { EMPTY_SURVEY_DATA, SURVEY_STORE_NAME } from './migrations';
import type { SurveyData } from './schema';

/** The client survey's merge rules, by store name. */
export const MERGE_RULES: StoreMergeRules = {
  [SURVEY_STORE_NAME]: defineMergeRule<SurveyData>({
    noun: ['survey reply', 'survey replies'],
    count: (data) => data.replies.length,
    empty: EMPTY_SURVEY_DATA,
    merge(current, incoming, mapId) {
      const surveys = [...current.surveys];
      for (const survey of incoming.surveys) {
        if (!surveys.some((kept) => kept.surveyId === survey.surveyId)) surveys.push({ ...survey, clientId: mapId(survey.clientId) });
      }
      const replies = [...current.replies];
      for (const reply of incoming.replies) {
        const mapped = { ...reply, clientId: mapId(reply.clientId) };
        const index = replies.findIndex((kept) => kept.surveyId === mapped.surveyId);
        if (index === -1) replies.push(mapped);
        else if (mapped.answeredOn > replies[index]!.answeredOn) replies[index] = mapped;
      }
      return { surveys, replies };
    },
    forgetClient(data, clientId) {
      const replies = data.replies.filter((reply) => reply.clientId !== clientId);
      const surveys = data.surveys.filter((survey) => survey.clientId !== clientId);
      const asked = data.surveys.length - surveys.length;
      const removed = [describeRemoved(data.replies.length - replies.length, ['survey reply', 'survey replies']), describeRemoved(asked, ['survey asked', 'surveys asked'])]
        .filter(Boolean)
        .join(', ');
      return { data: { ...data, surveys, replies }, removed: removed || undefined };
    },
  }),
};
