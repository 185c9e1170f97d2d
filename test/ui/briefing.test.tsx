import { render, screen } from '@testing-library/react';
import { BriefingScreen } from '../../src/ui/briefing/BriefingScreen.tsx';
import { modelFrom, resetStore } from './drillFixtures.tsx';

describe('Briefing', () => {
  beforeEach(() => resetStore());
  const model = modelFrom();

  it('shows the alert, its severity, the services and the team', () => {
    render(<BriefingScreen model={model} mystery={false} onStart={() => {}} onBack={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Response time above 2s' })).toBeInTheDocument();
    expect(screen.getByText('p95 response time is 4s on the web tier.')).toBeInTheDocument();
    expect(screen.getByText('SEV2')).toBeInTheDocument();
    expect(screen.getByText('Edge firewall')).toBeInTheDocument();
    expect(screen.getByText('You')).toBeInTheDocument();
    expect(screen.getByText(/Mon 1 Jan 2024 10:30 \(UTC\+00:00\)/)).toBeInTheDocument();
  });

  it("names the team and how it plays: a scheduled team drill shows the team's name", () => {
    resetStore({ mode: 'team', team: 'Platform' });
    render(<BriefingScreen model={model} mystery={false} onStart={() => {}} onBack={() => {}} />);
    expect(
      screen.getByRole('heading', { name: 'Platform (team on one screen)' }),
    ).toBeInTheDocument();
  });

  it('gives nothing away: no root cause, no clues', () => {
    const { container } = render(
      <BriefingScreen model={model} mystery={false} onStart={() => {}} onBack={() => {}} />,
    );
    const text = container.textContent ?? '';
    expect(text).not.toContain(model.file.rootCause.summary);
    expect(text).not.toContain('Rule 42');
    for (const clue of model.file.clues) expect(text).not.toContain(clue.title);
  });

  it('keeps a mystery scenario nameless', () => {
    render(<BriefingScreen model={model} mystery onStart={() => {}} onBack={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Mystery scenario' })).toBeInTheDocument();
    expect(screen.queryByText('Tiny firewall drill')).toBeNull();
  });
});
