import { useDrillView } from '../session/useDrill.ts';

export function Runbooks() {
  const { model } = useDrillView();
  const runbooks = model.file.world.runbooks;
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
}
