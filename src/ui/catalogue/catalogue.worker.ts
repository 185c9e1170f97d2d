/// <reference lib="webworker" />
/** Loads and analyses scenarios off the main thread: analysis of a big file takes seconds. */
import { analyzeText } from './analyze.ts';

self.onmessage = (event: MessageEvent<{ path: string; text: string; file?: string }>) => {
  const { path, text, file } = event.data;
  self.postMessage(analyzeText(path, text, file));
};
