/**
 * Runs `task` holding the browser-wide lock `name` (Web Locks API), so that two tabs never run it at once;
 * where the API is missing, runs it directly.
 */
export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);
  return locks ? await locks.request(name, task) : await task();
}
