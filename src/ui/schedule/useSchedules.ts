/** The saved schedules, kept fresh: re-read whenever this tab changes them. */
import { useEffect, useState } from 'react';
import type { Schedule } from '../../schedule/schedule.ts';
import { listSchedules, subscribeSchedules } from '../../storage/schedules.ts';

export type SavedSchedules =
  | { status: 'loading' }
  | { status: 'ready'; schedules: Schedule[] }
  | { status: 'unavailable'; error: unknown };

export function useSchedules(): SavedSchedules {
  const [state, setState] = useState<SavedSchedules>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () =>
      listSchedules().then(
        (schedules) => {
          if (live) setState({ status: 'ready', schedules });
        },
        (error: unknown) => {
          if (live) setState({ status: 'unavailable', error });
        },
      );
    void load();
    const off = subscribeSchedules(() => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return state;
}
