/** Whether a GraphQL answer is `me` of user `sub` with no errors. */
export function answersMe(answer: unknown, sub: string): boolean {
  const { data, errors } = (answer ?? {}) as {
    data?: { me?: { id?: unknown } | null } | null;
    errors?: unknown;
  };
  return errors === undefined && data?.me?.id === sub;
}
