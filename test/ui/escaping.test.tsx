import { render, screen } from '@testing-library/react';
import { BriefingScreen } from '../../src/ui/briefing/BriefingScreen.tsx';
import { ConsoleScreen } from '../../src/ui/console/ConsoleScreen.tsx';
import { LobbyScreen } from '../../src/ui/lobby/LobbyScreen.tsx';
import { entryFrom, modelFrom, renderWithMotion, resetStore, tinyText } from './drillFixtures.tsx';
import { createDrillSession } from '../../src/engine/index.ts';

const XSS = '<img src=x onerror=alert(1)>';
const hostile = tinyText
  .replace('title: Tiny firewall drill', `title: '${XSS}'`)
  .replace('title: Response time above 2s', `title: '<b>bold</b> alert'`)
  .replace('text: Fifty tickets about slow pages.', `text: '<script>alert(2)</script>'`);

describe('Scenario text renders as text, never HTML', () => {
  beforeEach(() => resetStore());

  it('in the lobby', () => {
    const { container } = render(
      <LobbyScreen entries={[entryFrom(hostile, '/scenarios/x.yaml')]} onChoose={() => {}} />,
    );
    expect(screen.getByRole('heading', { name: XSS })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('in the briefing and the console', () => {
    const model = modelFrom(hostile);
    const { container } = render(
      <BriefingScreen model={model} mystery={false} onStart={() => {}} onBack={() => {}} />,
    );
    expect(screen.getByText('<b>bold</b> alert')).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
    const console = renderWithMotion(
      <ConsoleScreen session={createDrillSession({ scenario: model, seed: 1 })} />,
    );
    expect(console.container.querySelector('img, b, script')).toBeNull();
    expect(screen.getAllByText(/<b>bold<\/b> alert/).length).toBeGreaterThan(0);
  });
});
