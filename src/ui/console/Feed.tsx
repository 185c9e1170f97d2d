/** Alerts, injects and responders joining, newest first, animated in. */
import { m } from 'framer-motion';
import { memo } from 'react';
import { formatGameTime, selectFeed, type TimelineEntry } from '../../engine/index.ts';
import { viewEqual } from '../session/equality.ts';
import { useDrillState, type DrillState } from '../session/useDrill.ts';

// Entries are the engine's own timeline objects, so comparing them is cheap, and a timeline
// entry that is not for the feed (a hypothesis, a note) leaves the feed alone.
const selectFeedEntries = ({ ctx }: DrillState) => selectFeed(ctx);

const KIND_LABEL: Record<string, string> = { alert: 'Alert', inject: 'Message', joined: 'Joined' };

export const Feed = memo(function Feed() {
  const feed = useDrillState(selectFeedEntries, viewEqual);
  return (
    <section className="panel feed" aria-labelledby="feed-heading">
      <h2 id="feed-heading">Feed</h2>
      <ol className="feed-list" tabIndex={0} aria-label="Feed, newest first" aria-live="polite">
        {feed.map((entry, i) => (
          <FeedItem key={`${feed.length - i}-${entry.t}-${entry.ref ?? ''}`} entry={entry} />
        ))}
      </ol>
    </section>
  );
});

const ENTER = { opacity: 0, y: -8 };
const SHOWN = { opacity: 1, y: 0 };
const QUICK = { duration: 0.25 };

/** One entry, animated in once; kept as it is when newer entries arrive above it. */
const FeedItem = memo(function FeedItem({ entry }: { entry: TimelineEntry }) {
  return (
    <m.li
      className={`feed-item kind-${entry.kind}`}
      initial={ENTER}
      animate={SHOWN}
      transition={QUICK}
    >
      <p className="meta">
        <span className="badge">{KIND_LABEL[entry.kind] ?? entry.kind}</span>{' '}
        <time>{formatGameTime(entry.t)}</time>
      </p>
      <p className="feed-title">{entry.text}</p>
      {entry.detail && <p className="muted">{entry.detail}</p>}
    </m.li>
  );
});
