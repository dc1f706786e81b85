import { describe, expect, it } from 'vitest';
import { prng } from '../shared/prng';
import { symmetricEigen } from './linalg';

describe('symmetricEigen', () => {
  it('decomposes a random symmetric matrix: A v = λ v, orthonormal vectors, values descending', () => {
    const n = 22;
    const r = prng(3);
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j <= i; j++) {
        const x = r() - 0.5;
        a[i * n + j] = x;
        a[j * n + i] = x;
      }
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 0; i < n; i++) {
      if (i > 0) expect(values[i]!).toBeLessThanOrEqual(values[i - 1]!);
      for (let k = 0; k < n; k++) {
        let av = 0;
        for (let l = 0; l < n; l++) av += a[k * n + l]! * vectors[i * n + l]!;
        expect(av).toBeCloseTo(values[i]! * vectors[i * n + k]!, 9);
      }
      for (let j = 0; j <= i; j++) {
        let dot = 0;
        for (let k = 0; k < n; k++) dot += vectors[i * n + k]! * vectors[j * n + k]!;
        expect(dot).toBeCloseTo(i === j ? 1 : 0, 9);
      }
    }
    let trace = 0;
    for (let i = 0; i < n; i++) trace += a[i * n + i]!;
    expect(values.reduce((s, x) => s + x, 0)).toBeCloseTo(trace, 9);
  });

  it('handles diagonal and repeated eigenvalues', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 0, 0, 0, 5, 0, 0, 0, 2]), 3);
    expect(Array.from(values)).toEqual([5, 2, 2]);
    expect(Math.abs(vectors[1]!)).toBe(1);
  });
});
