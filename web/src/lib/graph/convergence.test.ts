import { describe, expect, it } from 'vitest';
import { Convergence } from './convergence.js';

const positions = (...values: number[]) => Float64Array.from(values);

describe('Convergence', () => {
  it('measures the mean step relative to the drawing’s diagonal', () => {
    const c = new Convergence();
    c.step(positions(0, 0, 3, 4));
    c.step(positions(0, 0, 3, 4 + 0.5)); // one of two nodes moved 0.5; diagonal about 5.4
    expect(c.movement).toBeCloseTo(0.25 / Math.hypot(3, 4.5));
  });

  it('settles only after the movement stays under the threshold for `patience` steps', () => {
    const c = new Convergence(0.01, 3);
    c.step(positions(0, 0, 10, 0));
    c.step(positions(0, 0, 10.001, 0));
    c.step(positions(0, 0, 10.002, 0));
    expect(c.converged).toBe(false);
    c.step(positions(0, 0, 10.003, 0));
    expect(c.converged).toBe(true);
    expect(c.progress).toBe(1);
  });

  it('starts over when a big step comes between calm ones', () => {
    const c = new Convergence(0.01, 2);
    c.step(positions(0, 0, 10, 0));
    c.step(positions(0, 0, 10.001, 0));
    c.step(positions(0, 0, 15, 0));
    c.step(positions(0, 0, 15.001, 0));
    expect(c.converged).toBe(false);
  });

  it('reports progress from 0 towards 1 as the movement falls', () => {
    const c = new Convergence(0.001, 5);
    expect(c.progress).toBe(0);
    c.step(positions(0, 0, 100, 0));
    c.step(positions(0, 0, 110, 0));
    const early = c.progress;
    c.step(positions(0, 0, 110.5, 0));
    expect(c.progress).toBeGreaterThan(early);
    expect(c.progress).toBeLessThan(1);
  });
});
