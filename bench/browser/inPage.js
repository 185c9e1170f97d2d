// In-page probes for the Chromium benchmarks, installed with `page.addInitScript({ path })`.
// Plain browser JavaScript (no TypeScript transform) so nothing is rewritten before it runs.
// Everything is measured with the page's own clock (performance.now()).
(() => {
  /** Resolves with performance.now() once a frame has been produced after this call. */
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        // The rAF callback runs before the frame is painted; a message posted from it is
        // handled after the paint, which is the moment the user can see the change.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  /** Does the document show `probe`: an element matching `selector` (with `text`), or none? */
  const shows = (probe) => {
    const found = [...document.querySelectorAll(probe.selector)].filter(
      (el) => (probe.text === undefined || el.textContent.includes(probe.text)) && !el.disabled,
    );
    return probe.absent ? found.length === 0 : found.length > 0;
  };

  /** Resolves once `probe` holds, checked on every DOM mutation. */
  const whenShown = (probe, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      if (shows(probe)) return resolve();
      const observer = new MutationObserver(() => {
        if (!shows(probe)) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`timed out waiting for ${JSON.stringify(probe)}`));
      }, timeoutMs);
      observer.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });

  const frames = { stamps: [], running: false };

  window.__bench = {
    /** Load: time from navigation start until `probe` shows and a frame has painted it. */
    interactive: null,
    watchInteractive(probe) {
      const start = () =>
        whenShown(probe)
          .then(afterNextPaint)
          .then((t) => (window.__bench.interactive = t));
      if (document.documentElement) void start();
      else document.addEventListener('readystatechange', () => void start(), { once: true });
    },

    /**
     * Interaction: arm before the click. Resolves with the times from the click event (seen in
     * the capture phase, before React's handler) to the DOM showing `probe` (`dom`) and to the
     * first frame painted after that (`paint`).
     */
    pending: null,
    armClick(probe) {
      window.__bench.pending = new Promise((resolve) =>
        window.addEventListener('click', () => resolve(performance.now()), {
          capture: true,
          once: true,
        }),
      ).then(async (clickAt) => {
        await whenShown(probe, 10_000);
        const dom = performance.now() - clickAt;
        const paint = (await afterNextPaint()) - clickAt;
        return { dom, paint };
      });
    },

    /** Long drills: record every animation frame's timestamp until stopped. */
    startFrames() {
      frames.stamps = [];
      frames.running = true;
      const tick = (t) => {
        frames.stamps.push(t);
        if (frames.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      frames.running = false;
      return frames.stamps;
    },
  };
})();
