/** The text of a form's field, or '' when the form has no such text field. */
export function formText(form: { get(name: string): unknown }, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
