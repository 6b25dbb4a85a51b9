import { describe, expect, it } from 'vitest';
import { describeLoadError } from '../../src/scene/body/loadSkin';

describe('body model load errors', () => {
  it('turns loader failures into one readable line', () => {
    expect(describeLoadError(new Error('fetch for "x" responded with 404: Not Found'))).toMatch(
      /404/,
    );
    expect(describeLoadError(new SyntaxError('Unexpected token'))).toMatch(/not a valid GLB model/);
    expect(describeLoadError('boom')).toBe('boom');
  });
});
