// @vitest-environment jsdom
/**
 * Screen-reader support in the DOM: the one live region announces selections, and the 3D
 * stage is named and described in words (trigger point count; the active pattern by region).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { InfoPanel } from '../../src/ui/panel/InfoPanel';
import { LiveRegion } from '../../src/ui/common/LiveRegion';
import { Stage } from '../../src/ui/viewer/Stage';
import { describeStage } from '../../src/ui/viewer/stageDescription';
import { atlasStore } from '../../src/state/store';
import type { InstanceKey } from '../../src/domain/ids';
import { atlasFrom, miniAtlasFiles, resetStore } from './fixtures';

const atlas = atlasFrom(miniAtlasFiles());
const key = 'upper-trapezius-1:left' as InstanceKey;

describe('live region', () => {
  beforeEach(() => resetStore(atlas));
  afterEach(cleanup);

  it('announces a selection, wherever it came from, in one polite region', () => {
    render(
      <>
        <InfoPanel onBrowse={() => {}} />
        <LiveRegion />
      </>,
    );
    const region = screen.getByTestId('announcer');
    expect(region).toHaveAttribute('aria-live', 'polite');
    act(() => atlasStore.getState().actions.select(key));
    const tp = atlas.instanceByKey.get(key)!;
    expect(region).toHaveTextContent(
      `Showing Upper trapezius, ${tp.triggerPoint.name.patient}, left side.`,
    );
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
  });
});

describe('stage text alternative', () => {
  beforeEach(() => resetStore(atlas));
  afterEach(cleanup);

  it('names the 3D view and describes the active pattern in words', () => {
    render(<Stage viewer={<canvas />} />);
    const stage = screen.getByRole('region', { name: '3D body view' });
    const perSide = atlas.instances.length / 2;
    expect(stage).toHaveAccessibleDescription(
      new RegExp(
        `^${atlas.instances.length} trigger points are marked on the body, ${perSide} on each side\\.`,
      ),
    );
    act(() => atlasStore.getState().actions.select(key));
    expect(stage).toHaveAccessibleDescription(/Showing Upper trapezius, .+, left side\./);
    expect(stage).toHaveAccessibleDescription(
      /Essential zone \(solid red\): Behind the ear, Temple\./,
    );
    expect(stage).toHaveAccessibleDescription(/Spillover zone \(red dots\): Angle of the jaw\./);
  });

  it('uses clinical region names at the clinical level and describes the pain finder', () => {
    const tp = atlas.instanceByKey.get(key);
    expect(describeStage(atlas, tp, 'explore', 0, 'clinical')).toContain(
      'Essential zone (solid red): Mastoid region, Temporal region.',
    );
    expect(describeStage(atlas, undefined, 'pain', 2, 'patient')).toMatch(
      /^2 painful spots are marked\./,
    );
  });
});
