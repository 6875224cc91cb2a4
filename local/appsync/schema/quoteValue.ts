/**
 * Renders a rejected value the way AppSync quotes it in its messages: between backticks, strings as is,
 * anything else as JSON (`Unable to parse \`1110004444\` as a valid phone number.`).
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  return `\`${json ?? String(value)}\``;
}
