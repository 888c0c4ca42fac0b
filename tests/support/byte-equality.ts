import { expect } from 'vitest';

// Vitest compares ArrayBuffers by identity only (any two are "equal"): card photos are kept as
// ArrayBuffers, so every unit test compares them byte by byte instead.
expect.addEqualityTesters([
  function sameBytes(a: unknown, b: unknown) {
    if (!(a instanceof ArrayBuffer) || !(b instanceof ArrayBuffer)) return undefined;
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    return x.every((byte, i) => byte === y[i]);
  },
]);
