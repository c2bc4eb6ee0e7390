/** A `--jobs` worker thread: renders the files the main thread sends, one at a time (see file-rows.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { DecodedDraft } from '../io/decode.js';
import { collectRows, rowsRenderer, type RowsSettings } from './file-rows.js';

export interface RowsJob {
  index: number;
  file: string;
  draft: DecodedDraft;
}

const render = rowsRenderer(workerData as RowsSettings);

parentPort!.on('message', ({ index, file, draft }: RowsJob) => {
  parentPort!.postMessage({ index, ...collectRows(render(file, draft)) });
});
