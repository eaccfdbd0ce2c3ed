/**
 * Placeholder for the loyalty-equation scorer (built in its own issue, #4). It renders a short note so the pages that
 * place it already work.
 */
export default function LoyaltyScorer() {
  return <p>This tool is being built. The guidance around it already applies.</p>;
}
