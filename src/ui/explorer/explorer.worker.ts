/// <reference lib="webworker" />
/** Builds and lays out the explorer graph off the main thread: half a second on big scenarios. */
import { buildExplorer, type ExplorerBuildRequest } from './buildExplorer.ts';

self.onmessage = (event: MessageEvent<ExplorerBuildRequest>) => {
  self.postMessage(buildExplorer(event.data));
};
