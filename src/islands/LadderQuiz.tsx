/**
 * Placeholder for the loyalty-ladder quiz (built in its own issue, #5). It renders a short note so the pages that
 * place it already work.
 */
export default function LadderQuiz() {
  return <p>This tool is being built. The guidance around it already applies.</p>;
}
