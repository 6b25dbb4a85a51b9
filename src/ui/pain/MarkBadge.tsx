/** A mark's number drawn like its disc on the body: violet with a white rim. Decorative. */
export function MarkBadge({ number }: { number: number }) {
  return (
    <span className="mark-badge" aria-hidden="true">
      {number}
    </span>
  );
}
