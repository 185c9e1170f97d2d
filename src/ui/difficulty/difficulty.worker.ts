/// <reference lib="webworker" />
/** Runs the difficulty simulation off the main thread: hundreds of playthroughs take a second or more. */
import { runSimulation, type SimulationRequest } from './runSimulation.ts';

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  self.postMessage(runSimulation(event.data));
};
