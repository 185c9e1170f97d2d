/**
 * The score and debrief of an author's playtest say so, up top: the run may have started from
 * a jumped-to state or a rewind, shown hidden facts, and is not saved, so it is no real result.
 */
import './playtestNotice.css';

export function PlaytestNotice() {
  return (
    <p className="playtest-result-notice" role="note">
      <span className="badge warn">Playtest</span>{' '}
      <span>
        This was an author&apos;s playtest, not a real drill: the result is for checking the
        scenario only. It is not saved to your drills or history and does not count in trends.
      </span>
    </p>
  );
}
