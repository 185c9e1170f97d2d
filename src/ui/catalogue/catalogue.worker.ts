/// <reference lib="webworker" />
/**
 * Checks one scenario per message (quickly, or fully with its analysis), off the main thread: analysis of a big file takes
 * seconds. A worker serves many requests (see `workerPool.ts`), one at a time.
 */
import { analyzeText, loadText } from './analyze.ts';
import type { AnalysisRequest } from './workerAnalyzer.ts';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  const { path, text, file } = request;
  self.postMessage(
    request.kind === 'load' ? loadText(path, text, file) : analyzeText(path, text, file),
  );
};
