/**
 * `--jobs N`: files rendered by N worker threads (at most one per core), handed back in argument
 * order. The main thread reads the files, so a file that cannot be read fails with the same
 * one-line message, at the same point of the output, as without workers. At most two regular
 * files per worker are read ahead of the one being written, so memory stays bounded however many
 * files there are; standard input, pipes and devices are read only in their turn, and nothing is
 * read past a file that failed, as one thread would never read them.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DecodedDraft } from '../io/decode.js';
import type { FileRows, RowsSettings } from './file-rows.js';
import type { RowsJob } from './rows-worker.js';

export async function renderInWorkers(
  files: readonly string[],
  /** Which inputs are regular files, and so may be read ahead (checkInputs says). */
  regularFiles: readonly boolean[],
  read: (file: string) => DecodedDraft,
  settings: RowsSettings,
  jobs: number,
  consume: (rows: FileRows) => Promise<void>,
): Promise<void> {
  // Next to this module both in dist/src/cli/ and in the bundle (scripts/bundle.js makes it an entry).
  const workerUrl = new URL('./rows-worker.js', import.meta.url);
  const count = Math.max(1, Math.min(jobs, files.length, availableParallelism()));
  // All at once, before the first file is consumed: a worker started after heap-sizing.ts sets
  // V8 flags would start without Node's code cache.
  const workers = Array.from({ length: count }, () => new Worker(workerUrl, { workerData: settings }));
  let readFailed = false;
  const results = new Map<number, FileRows | { readError: unknown }>();
  const idle = [...workers];
  let sent = 0;
  let next = 0;
  let wake: () => void = () => {};
  let crash: unknown;

  const dispatch = () => {
    while (idle.length > 0 && !readFailed && sent < files.length && sent < next + 2 * workers.length) {
      if (sent > next && !regularFiles[sent]) return;
      const index = sent++;
      let draft: DecodedDraft;
      try {
        draft = read(files[index]);
      } catch (readError) {
        results.set(index, { readError }); // raised when its turn to be written comes
        readFailed = true;
        return;
      }
      const job: RowsJob = { index, file: files[index], draft };
      idle.pop()!.postMessage(job);
    }
  };
  for (const worker of workers) {
    worker.on('message', ({ index, ...rows }: FileRows & { index: number }) => {
      results.set(index, rows);
      idle.push(worker);
      dispatch();
      wake();
    });
    // A worker that throws is a bug in kyoto-parse: the command stops with an internal error.
    worker.on('error', (error) => { crash ??= error; wake(); });
    worker.on('exit', (code) => { if (code !== 0) crash ??= new Error(`worker thread stopped with status ${code}`); wake(); });
  }

  try {
    for (; next < files.length; next++) {
      dispatch();
      while (!results.has(next)) {
        if (crash !== undefined) throw crash;
        await new Promise<void>((resolve) => { wake = resolve; });
      }
      const result = results.get(next)!;
      results.delete(next);
      if ('readError' in result) throw result.readError;
      await consume(result);
    }
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
