import type { JobProgress } from '../../shared/api/events';
import { AppError } from '../../shared/api/result';

/** What a long-running service receives: a cancel signal and a throttled progress reporter. */
export interface JobControl {
  jobId: string;
  signal: AbortSignal;
  /** Reports progress; calls closer than `minIntervalMs` apart are dropped except the last of a phase. */
  progress(phase: string, done: number, total: number | null): void;
  /** Throws CANCELLED if the job was cancelled (call it between batches). */
  throwIfCancelled(): void;
}

/**
 * Running jobs by id. Progress goes to `emit` at most ~10 times a second (the UI cannot use more and
 * IPC/SSE should not be flooded); cancel aborts the job's signal, and the job rolls back its work.
 */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();
  private counter = 0;

  constructor(
    private readonly emit: (p: JobProgress) => void,
    private readonly minIntervalMs = 100,
  ) {}

  /** Runs `work` as a job; the id is the client's (for its progress listener) or a new one. */
  async run<T>(jobId: string | undefined, work: (job: JobControl) => Promise<T> | T): Promise<T> {
    const id = jobId ?? `job-${Date.now()}-${++this.counter}`;
    if (this.running.has(id)) throw new AppError('CONFLICT', `Pekerjaan ${id} sedang berjalan.`);
    const controller = new AbortController();
    this.running.set(id, controller);
    let last = 0;
    let lastPhase = '';
    const control: JobControl = {
      jobId: id,
      signal: controller.signal,
      progress: (phase, done, total) => {
        const now = Date.now();
        const final = total !== null && done >= total;
        if (phase === lastPhase && !final && now - last < this.minIntervalMs) return;
        last = now;
        lastPhase = phase;
        this.emit({ jobId: id, phase, done, total });
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new AppError('CANCELLED', 'Dibatalkan oleh pengguna. Proyek tidak diubah.');
      },
    };
    try {
      return await work(control);
    } finally {
      this.running.delete(id);
    }
  }

  /** Cancels a running job; false if no such job runs. */
  cancel(jobId: string): boolean {
    const c = this.running.get(jobId);
    if (!c) return false;
    c.abort();
    return true;
  }
}
