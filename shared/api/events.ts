/** Progress of a long job, sent at most ~10 times a second. */
export interface JobProgress {
  jobId: string;
  phase: string;
  done: number;
  total: number | null;
}

/** Server -> UI events. */
export interface ApiEvents {
  'job:progress': JobProgress;
}
export type EventName = keyof ApiEvents;
