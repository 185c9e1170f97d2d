/**
 * Whether drills are being saved (UI state only): the last storage problem, shown as a
 * banner by `StorageNotices`. The drill itself keeps running in memory whatever happens here.
 */
import { create } from 'zustand';
import type { StorageErrorKind } from '../../storage/storageErrors.ts';

export interface StorageStatus {
  problem: StorageErrorKind | null;
  /** Technical detail for the banner's small print. */
  detail: string;
  setProblem: (problem: StorageErrorKind | null, error?: unknown) => void;
}

const describe = (error: unknown) =>
  error instanceof Error
    ? `${error.name}: ${error.message}`
    : typeof error === 'string'
      ? error
      : '';

export const useStorageStatus = create<StorageStatus>()((set) => ({
  problem: null,
  detail: '',
  setProblem: (problem, error) => set({ problem, detail: problem ? describe(error) : '' }),
}));
