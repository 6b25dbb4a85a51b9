/** What the stage shows while the 3D code is still loading (usually a moment). */
export function ViewerLoading() {
  return (
    <div className="viewer-loading" role="status">
      <span className="viewer-loading__spinner" aria-hidden="true" />
      Loading the 3D body…
    </div>
  );
}
