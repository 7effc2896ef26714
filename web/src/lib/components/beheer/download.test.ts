import { describe, expect, it } from 'vitest';
import { base64NaarBytes } from './download.js';

describe('base64NaarBytes', () => {
  it('gives back the exact bytes, including ones above 127', () => {
    const bytes = base64NaarBytes(Buffer.from([0, 80, 75, 3, 4, 255]).toString('base64'));
    expect([...bytes]).toEqual([0, 80, 75, 3, 4, 255]);
  });
});
