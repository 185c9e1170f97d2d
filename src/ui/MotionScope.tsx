/**
 * Animation context for screens that animate (`m.*` components from framer-motion): the
 * features load after first paint and motion follows the user's reduced-motion setting.
 * Wrap a screen in it from inside a lazily loaded module (the console does), never from the
 * app shell: that would put framer-motion back in the lobby's first load (see bench/bundle).
 */
import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

const loadMotionFeatures = () => import('./motionFeatures.ts').then((m) => m.default);

export function MotionScope({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadMotionFeatures}>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
