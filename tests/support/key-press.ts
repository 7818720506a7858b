/** A key press as the key handlers read it: no modifier held unless `more` says so. */
export const press = (
  key: string,
  more: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; code: string }> = {},
) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...more,
});
