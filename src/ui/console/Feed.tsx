/** Alerts, injects and responders joining, newest first, animated in. */
import { m } from 'framer-motion';
import { formatGameTime, selectFeed } from '../../engine/index.ts';
import { useDrillView } from '../session/useDrill.ts';

const KIND_LABEL: Record<string, string> = { alert: 'Alert', inject: 'Message', joined: 'Joined' };

export function Feed() {
  const { ctx } = useDrillView();
  const feed = selectFeed(ctx);
  return (
    <section className="panel feed" aria-labelledby="feed-heading">
      <h2 id="feed-heading">Feed</h2>
      <ol className="feed-list" tabIndex={0} aria-label="Feed, newest first" aria-live="polite">
        {feed.map((entry, i) => (
          <m.li
            key={`${feed.length - i}-${entry.t}-${entry.ref ?? ''}`}
            className={`feed-item kind-${entry.kind}`}
            initial={{ opacity: 0, y: -8 }}
            animate={{ opacity: 1, y: 0 }}
            transition={{ duration: 0.25 }}
          >
            <p className="meta">
              <span className="badge">{KIND_LABEL[entry.kind] ?? entry.kind}</span>{' '}
              <time>{formatGameTime(entry.t)}</time>
            </p>
            <p className="feed-title">{entry.text}</p>
            {entry.detail && <p className="muted">{entry.detail}</p>}
          </m.li>
        ))}
      </ol>
    </section>
  );
}
