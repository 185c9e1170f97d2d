// Guards the test set-up itself: the `node` project has no DOM, and jest-dom matchers are loaded.
import { MotionGlobalConfig } from 'framer-motion';

describe('test environment (node project)', () => {
  it('has no DOM', () => {
    expect(typeof document).toBe('undefined');
  });

  it('registers jest-dom matchers and skips motion animations', () => {
    expect(typeof expect.getState).toBe('function');
    expect(expect('x')).toHaveProperty('toBeInTheDocument');
    expect(MotionGlobalConfig.skipAnimations).toBe(true);
  });
});
