import { memo } from 'react';
import { useSession } from '../session/useDrill.ts';

/** Scenario text only: no subscription, it never changes during a drill. */
export const Runbooks = memo(function Runbooks() {
  const runbooks = useSession().scenario.file.world.runbooks;
  if (runbooks.length === 0) return null;
  return (
    <section className="panel runbooks" aria-labelledby="runbooks-heading">
      <h2 id="runbooks-heading">Runbooks</h2>
      {runbooks.map((rb) => (
        <details key={rb.id}>
          <summary>{rb.title}</summary>
          <p className="prewrap">{rb.body}</p>
        </details>
      ))}
    </section>
  );
});
