import type { ExplorerEdge } from '../../src/engine/index.ts';
import { EDGE_LABEL_CHARS, clipLabel, edgeText } from '../../src/ui/explorer/FlowParts.tsx';

const edge = (patch: Partial<ExplorerEdge>): { edge: ExplorerEdge } => ({
  edge: {
    id: 'n0>n1>action:a',
    source: 'n0',
    target: 'n1',
    kind: 'action',
    step: 'a',
    ref: 'a',
    label: 'Check',
    onPar: true,
    redHerring: false,
    harmful: false,
    count: 1,
    ...patch,
  },
});

describe('Explorer edge labels', () => {
  it('keeps a par label short enough for the gap between ranks, so it never covers a state', () => {
    const long = edgeText(edge({ label: 'Restore pool.max_connections to 50' }))!;
    expect(long.length).toBeLessThanOrEqual(EDGE_LABEL_CHARS);
    expect(long).toBe('Restore pool.max_…');
    expect(edgeText(edge({ label: 'Page Platform' }))).toBe('Page Platform');
  });

  it('keeps the harmful and red-herring markers in front of a clipped label', () => {
    const text = edgeText(edge({ label: 'Rolling restart of the web servers', harmful: true }))!;
    expect(text.startsWith('⚠ ')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(EDGE_LABEL_CHARS);
  });

  it('draws only the icons off par, and nothing on a plain move', () => {
    expect(edgeText(edge({ onPar: false, redHerring: true }))).toBe('✗');
    expect(edgeText(edge({ onPar: false }))).toBeUndefined();
    expect(clipLabel('abc', 3)).toBe('abc');
    expect(clipLabel('abcd', 3)).toBe('ab…');
  });
});
