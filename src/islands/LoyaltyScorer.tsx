/**
 * The loyalty-equation scorer: seven ratings in, a loyalty score with its working, band and next actions
 * out; scorecards saved per client, a share link, print.
 *
 * The server renders the form at its starting ratings; the browser shows the same on its first render
 * (so hydration matches), then switches to what this browser saved and to a share link's ratings.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useState } from 'preact/hooks';
import {
  FACTOR_IDS,
  FACTOR_LABELS,
  INPUTS,
  pickNextActions,
  SCORE_MAX,
  scoreLoyalty,
  toShareQuery,
  type ShareQueryResult,
} from '../lib/loyalty-score';
import { $clients } from '../stores/clients';
import {
  $comparison,
  $deleted,
  $draft,
  $fieldChecks,
  $fieldTexts,
  $isWaitingForValidEntry,
  $result,
  $scorecardRows,
  applyShareQuery,
  deleteScorecard,
  dismissUndo,
  INITIAL_DRAFT,
  openScorecard,
  renameScorecardClient,
  saveScorecard,
  SCORER_STORE_NAMES,
  setClientName,
  setFieldText,
  startNewScorecard,
  undoDelete,
} from '../stores/loyalty-score';
import './loyalty-score/loyalty-score.css';
import RatingField from './loyalty-score/RatingField';
import SavedScorecards from './loyalty-score/SavedScorecards';
import ScoreResult from './loyalty-score/ScoreResult';
import CopyLinkButton from './shared/CopyLinkButton';
import SavedDataNotices from './shared/SavedDataNotices';

const INITIAL_RESULT = scoreLoyalty(INITIAL_DRAFT.entries);
const INITIAL_CHECKS = Object.fromEntries(INPUTS.map((input) => [input.id, { ok: true, value: INITIAL_DRAFT.entries[input.id] }])) as ReturnType<
  typeof $fieldChecks.get
>;
const INITIAL_TEXTS = Object.fromEntries(INPUTS.map((input) => [input.id, { text: String(INITIAL_DRAFT.entries[input.id]), isBadInput: false }])) as ReturnType<
  typeof $fieldTexts.get
>;

/** Removes the scorer's ratings from the address once read, so a reload shows the saved form instead. */
function removeShareQueryFromAddress(): void {
  const url = new URL(window.location.href);
  for (const input of INPUTS) url.searchParams.delete(input.id);
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

/** The loyalty-equation scorer. */
export default function LoyaltyScorer() {
  const idPrefix = `loyalty${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [isReady, setIsReady] = useState(false);
  const [linkRead, setLinkRead] = useState<ShareQueryResult | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [clientError, setClientError] = useState<string | undefined>(undefined);

  const liveDraft = useStore($draft);
  const liveTexts = useStore($fieldTexts);
  const liveChecks = useStore($fieldChecks);
  const liveWaiting = useStore($isWaitingForValidEntry);
  const liveResult = useStore($result);
  const liveRows = useStore($scorecardRows);
  const liveComparison = useStore($comparison);
  const liveClients = useStore($clients);
  const deleted = useStore($deleted);

  useEffect(() => {
    const read = applyShareQuery(window.location.search);
    if (read) {
      setLinkRead(read);
      removeShareQueryFromAddress();
    }
    setIsReady(true);
  }, []);

  // Until hydrated, render exactly what the server rendered.
  const draft = isReady ? liveDraft : INITIAL_DRAFT;
  const texts = isReady ? liveTexts : INITIAL_TEXTS;
  const checks = isReady ? liveChecks : INITIAL_CHECKS;
  const isWaiting = isReady && liveWaiting;
  const result = isReady ? liveResult : INITIAL_RESULT;
  const rows = isReady ? liveRows : [];
  const comparison = isReady ? liveComparison : undefined;
  const clients = isReady ? liveClients : [];

  const clientFieldId = `${idPrefix}-client`;
  const clientHintId = `${clientFieldId}-hint`;
  const clientErrorId = `${clientFieldId}-error`;
  const clientListId = `${clientFieldId}-known`;
  const resultHeadingId = `${idPrefix}-result-heading`;

  function save(event: Event) {
    event.preventDefault();
    const saved = saveScorecard();
    if (saved.ok) {
      setClientError(undefined);
      setStatus(
        `${saved.replacedToday ? 'Updated today’s' : 'Saved a'} scorecard for ${saved.clientName}: ${saved.score} out of ${SCORE_MAX}.`,
      );
    } else if (saved.field === 'clientName') {
      setClientError(saved.message);
      setStatus('');
      document.getElementById(clientFieldId)?.focus();
    } else {
      setStatus(saved.message);
    }
  }

  function reopen(id: string) {
    if (!openScorecard(id)) return;
    setClientError(undefined);
    const row = rows.find((r) => r.card.id === id);
    setStatus(`Reopened the scorecard for ${row?.clientName ?? 'this client'} from ${row?.card.savedOn ?? 'earlier'}.`);
    document.getElementById(resultHeadingId)?.focus();
  }

  return (
    <div class="tool loyalty-scorer">
      {isReady && <SavedDataNotices names={SCORER_STORE_NAMES} />}
      {linkRead && (
        <div class="notice no-print" role="status">
          {Object.keys(linkRead.entries).length > 0 && <p>The ratings below come from the link you opened.</p>}
          {linkRead.ignored.length > 0 && (
            <p>
              Ignored from the link, as not a whole number from 0 to 10:{' '}
              {linkRead.ignored.map((item) => `${item.label} (“${item.text}”)`).join(', ')}.
            </p>
          )}
          <p>
            <button type="button" class="secondary" onClick={() => setLinkRead(undefined)}>
              Dismiss
            </button>
          </p>
        </div>
      )}
      <p class="loyalty-scale">
        Rate each part from <strong>0</strong> (absent) to <strong>10</strong> (as good as it gets), in whole numbers.
        Each factor and the loyalty score run from <strong>0 to 100</strong>.
      </p>
      <div class="loyalty-layout">
        <form class="loyalty-form" onSubmit={save} noValidate>
          <div class="field">
            <label for={clientFieldId}>Client name</label>
            <span class="field-hint" id={clientHintId}>
              Optional: needed only to save a scorecard. Pick a client you already named or type a new one.
            </span>
            <input
              type="text"
              id={clientFieldId}
              list={clientListId}
              autocomplete="off"
              value={draft.clientName}
              aria-invalid={clientError ? 'true' : undefined}
              aria-describedby={clientError ? `${clientErrorId} ${clientHintId}` : clientHintId}
              onInput={(event) => {
                setClientName(event.currentTarget.value);
                setClientError(undefined);
              }}
            />
            <datalist id={clientListId}>
              {clients.map((client) => (
                <option key={client.id} value={client.name} />
              ))}
            </datalist>
            {clientError && (
              <p class="field-error" id={clientErrorId}>
                {clientError}
              </p>
            )}
          </div>
          {FACTOR_IDS.map((factor) => (
            <fieldset key={factor}>
              <legend>{FACTOR_LABELS[factor]}</legend>
              {INPUTS.filter((input) => input.factor === factor).map((input) => (
                <RatingField
                  key={input.id}
                  input={input}
                  idPrefix={idPrefix}
                  text={texts[input.id].text}
                  value={draft.entries[input.id]}
                  check={checks[input.id]}
                  onText={(text, isBadInput) => setFieldText(input.id, text, isBadInput)}
                />
              ))}
            </fieldset>
          ))}
          <div class="button-row no-print">
            <button type="submit">Save scorecard</button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                startNewScorecard();
                setClientError(undefined);
                setStatus('Started a new scorecard: every rating is back at 5.');
              }}
            >
              New scorecard
            </button>
            <CopyLinkButton buildUrl={() => `${window.location.origin}${window.location.pathname}?${toShareQuery(draft.entries)}`} />
          </div>
          <p class="loyalty-status no-print" role="status">
            {status}
          </p>
        </form>
        <ScoreResult
          idPrefix={idPrefix}
          result={result}
          actions={pickNextActions(draft.entries, result)}
          isWaiting={isWaiting}
          comparison={comparison}
        />
      </div>
      <SavedScorecards
        idPrefix={idPrefix}
        rows={rows}
        deleted={isReady ? deleted : undefined}
        onOpen={reopen}
        onRename={(id, name) => {
          const renamed = renameScorecardClient(id, name);
          if (renamed.ok) setStatus(`Renamed the client to ${renamed.name}.`);
          return renamed;
        }}
        onDelete={(id) => {
          deleteScorecard(id);
          setStatus('');
        }}
        onUndo={undoDelete}
        onDismissUndo={dismissUndo}
      />
    </div>
  );
}
