// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { DataErrorPanel } from '../../src/ui/errors/DataErrorPanel';
import { ErrorBoundary } from '../../src/ui/common/ErrorBoundary';
import { CrashFallback } from '../../src/ui/errors/CrashFallback';

describe('DataErrorPanel', () => {
  afterEach(cleanup);

  it('says the data could not be loaded and lists every issue with file, path and message', () => {
    render(
      <DataErrorPanel
        issues={[
          {
            file: 'muscles/soleus.json',
            path: 'triggerPoints[0].position',
            message: 'expected 3 numbers [x, y, z]',
          },
          { file: 'regions.json', path: 'regions[2].id', message: 'duplicate region id "heel"' },
          { file: 'sources.json', path: '', message: 'Invalid JSON' },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'The atlas data could not be loaded',
    );
    expect(screen.getByText('3 problems found')).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: /problems/i })).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('muscles/soleus.json');
    expect(items[0]).toHaveTextContent('triggerPoints[0].position');
    expect(items[0]).toHaveTextContent('expected 3 numbers [x, y, z]');
    expect(items[2]).toHaveTextContent('sources.jsonInvalid JSON');
    expect(screen.getByRole('button', { name: /reload/i })).toBeInTheDocument();
  });
});

describe('ErrorBoundary', () => {
  afterEach(cleanup);

  it('replaces a crashed subtree with a message and a reload button', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Boom = (): never => {
      throw new Error('WebGL context lost');
    };
    render(
      <div>
        <p>Still here</p>
        <ErrorBoundary
          name="test"
          fallback={(e) => (
            <CrashFallback
              compact
              error={e}
              title="The 3D view stopped working"
              detail="The list still works."
            />
          )}
        >
          <Boom />
        </ErrorBoundary>
      </div>,
    );
    quiet.mockRestore();
    expect(screen.getByText('Still here')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The 3D view stopped working');
    expect(screen.getByRole('alert')).toHaveTextContent('WebGL context lost');
    expect(screen.getByRole('button', { name: /reload/i })).toBeInTheDocument();
  });
});
