/** cyrb53's two 32-bit lanes after the final mix. */
function cyrb53(text: string, seed: number): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1, h2];
}

/**
 * Stable 53-bit string hash (cyrb53), hex-encoded. Used to key responses that carry no id on the page and to
 * derive deterministic judgment ids. Not cryptographic; collisions only merge two records of the same kind.
 */
export function stableHash(text: string, seed = 0): string {
  const [h1, h2] = cyrb53(text, seed);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The low 32 bits of `stableHash(text, seed)`, as a number and without making a string (for bucketing). */
export function stableHashLow32(text: string, seed = 0): number {
  return cyrb53(text, seed)[0] >>> 0;
}
