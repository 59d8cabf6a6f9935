import { performance } from 'node:perf_hooks';

/**
 * Runs `work` while a 2 ms timer counts the turns of this thread's event loop and the longest wait
 * between them: work done on this thread shows as one long gap and few turns, work in a worker not.
 */
export async function watchEventLoop<T>(work: () => Promise<T>): Promise<{ result: T; turns: number; longestGapMs: number }> {
  let turns = 0;
  let last = performance.now();
  let longestGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
    turns++;
  }, 2);
  const result = await work();
  const turnsDuring = turns;
  // A thread blocked until now shows its gap at the next tick.
  await new Promise((r) => setTimeout(r, 10));
  clearInterval(timer);
  return { result, turns: turnsDuring, longestGapMs };
}
