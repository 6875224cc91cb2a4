import { processLinks } from './processLinks.js';

/**
 * Watches the processes that launched this one, and calls `onGone` once, with the pid of the first one
 * that has ended. They are the parent, and the ancestors above it in this process's group: for
 * `npm start`, npm's shell and npm itself. Their own parents (the terminal's shell)
 * are left out, so that `nohup npm start &` outlives the terminal as asked.
 *
 * Why: npm hands SIGTERM to the shell that runs the script, and that shell (dash) dies without passing
 * it on; the twin under it would run on, orphaned, holding every port. An ended
 * ancestor shows as a changed parent one level down (an orphan is handed to init or a subreaper), read
 * every `intervalMs`. Does nothing where the process tree cannot be read (Windows). Answers a function
 * that stops the watch. The timer does not keep the process alive.
 */
export function watchLaunchers(onGone: (pid: number) => void, intervalMs = 1000): () => void {
  const chain = launchers();
  if (chain.length === 0) return () => undefined;
  const timer = setInterval(() => {
    const links = processLinks([process.pid, ...chain]);
    const gone = chain.find(
      (parent, index) => links.get(index === 0 ? process.pid : chain[index - 1]!)?.ppid !== parent,
    );
    if (gone === undefined) return;
    clearInterval(timer);
    onGone(gone);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** The parent, then each ancestor in this process's group, up to (not including) init. */
function launchers(): number[] {
  const self = processLinks([process.pid]).get(process.pid);
  if (self === undefined) return [];
  const chain: number[] = [];
  let next = self.ppid;
  while (next > 1) {
    const link = processLinks([next]).get(next);
    if (link === undefined || (chain.length > 0 && link.pgid !== self.pgid)) break;
    chain.push(next);
    next = link.ppid;
  }
  return chain;
}
