/** Runs `call` and resolves to the milliseconds it took (its result is dropped). */
export async function timed(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}
