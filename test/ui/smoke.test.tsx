import { render, screen } from '@testing-library/react';
import { App } from '../../src/ui/App.tsx';

describe('App (jsdom smoke)', () => {
  it('renders the Firedrill heading inside main', () => {
    render(<App />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Firedrill' });
    expect(heading).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(heading);
  });
});
