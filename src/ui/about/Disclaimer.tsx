/**
 * The educational-use disclaimer with the red flags that need a clinician, shown in the panel
 * footer and the About dialog. Always the same words: safety text does not change with level.
 */

export const RED_FLAGS: readonly string[] = [
  'fever or feeling generally unwell',
  'unexplained weight loss',
  'numbness, tingling or weakness',
  'loss of bladder or bowel control',
  'chest pain or shortness of breath',
  'pain after a fall, accident or other significant injury',
];

export function Disclaimer({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <aside className="disclaimer" aria-label="Safety information">
      <Heading className="disclaimer__title">
        For education only — not a diagnosis or treatment.
      </Heading>
      <p>
        See a doctor or physical therapist for pain that is severe, new or getting worse, or that
        comes with:
      </p>
      <ul className="disclaimer__flags">
        {RED_FLAGS.map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
      <p>For chest pain or sudden weakness, call emergency services.</p>
    </aside>
  );
}
