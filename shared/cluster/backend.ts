import { kernelsFor, type Kernels } from './kernels';

/**
 * Where a k-means restart keeps its per-row arrays and which compiled hot loops it runs. The default
 * is plain JavaScript (typed arrays, kernels.ts). The clustering workers use a WebAssembly SIMD
 * backend (services/cluster/wasm/) whose arrays live in its linear memory; its kernels do the same
 * operations in the same order, so every backend gives the same bits (test/cluster/wasm-kernels).
 */
export interface KmeansBackend {
  /** Short name stored with results ("js", "wasm-simd"). */
  readonly name: string;
  /** A zero-filled array of `length` float64 for this restart's bookkeeping. */
  f64(length: number): Float64Array;
  /** A zero-filled array of `length` int32. */
  i32(length: number): Int32Array;
  /** The hot loops for d features and k centres. */
  kernels(d: number, k: number): Kernels;
  /** A position to return to: arrays handed out after it are freed by `release(mark)`. */
  mark(): number;
  release(mark: number): void;
  /** A copy of an array this backend handed out that outlives `release` (results leave in these). */
  keep<T extends Float64Array | Int32Array>(array: T): T;
}

/** The plain JavaScript backend: ordinary typed arrays, garbage-collected, nothing to release. */
export const jsBackend: KmeansBackend = {
  name: 'js',
  f64: (length) => new Float64Array(length),
  i32: (length) => new Int32Array(length),
  kernels: (d, k) => kernelsFor(d, undefined, k),
  mark: () => 0,
  release: () => undefined,
  keep: (array) => array,
};
