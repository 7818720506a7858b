/** A polite live region: screen readers hear what changed (the selection) without moving focus. */
export function Announcer({ message }: { readonly message: string }): React.JSX.Element {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" role="status">
      {message}
    </div>
  );
}
