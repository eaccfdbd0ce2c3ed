/**
 * Placeholder for the tolerance review (built in its own issue, #8). It renders a short note so the pages that
 * place it already work.
 */
export default function ToleranceReview() {
  return <p>This tool is being built. The guidance around it already applies.</p>;
}
