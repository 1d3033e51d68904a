// Typed access to the instantiated Wasm core. Used inside the worker and under Node (CLI,
// tests, benchmarks); never on the main thread. No DOM and no Node APIs here: callers hand in
// a compiled WebAssembly.Module (fetch + compileStreaming in the worker, fs in Node).

import { P_SIZE, R_SIZE } from '../../../assembly/layout.ts';

/** The raw exports of assembly/index.ts (and of modules it re-exports). */
export interface CoreExports {
  memory: WebAssembly.Memory;
  paramsPtr(): number;
  resultsPtr(): number;
  paramsSize(): number;
  resultsSize(): number;
  evaluate(): void;
  evaluateRepeat(n: number): void;
  /** Fault injection for tests (assembly/faults.ts): 0 traps, 1 runs out of memory. */
  faultForTest(kind: number): void;
  _initialize?: () => void;
  [name: string]: unknown;
}

/** A trap inside the core (AssemblyScript `abort`), with the core's own message. */
export class CoreTrap extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreTrap';
  }
}

/** The core ran out of memory (its allocator, or memory that cannot grow, aborted). */
export class CoreOutOfMemory extends CoreTrap {
  constructor(message: string) {
    super(message);
    this.name = 'CoreOutOfMemory';
  }
}

/** The browser cannot compile the core: it lacks WebAssembly SIMD, which the core uses
 *  (asconfig.json; Chrome and Edge 91, Firefox 89, Safari 16.4 or newer). */
export class CoreUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreUnsupported';
  }
}

function readAsString(memory: WebAssembly.Memory, ptr: number): string {
  if (!ptr) return '';
  const bytes = new Uint8Array(memory.buffer);
  const byteLength = new Uint32Array(memory.buffer, ptr - 4, 1)[0];
  let text = '';
  for (let i = 0; i < byteLength; i += 2) text += String.fromCharCode(bytes[ptr + i] | (bytes[ptr + i + 1] << 8));
  return text;
}

export class Core {
  readonly exports: CoreExports;
  /** The views of the parameter and result blocks (allocated once by the core, assembly/index.ts)
   *  over the memory buffer they were made on; made again when memory grows, which replaces it. */
  private blocksBuffer: ArrayBufferLike | undefined;
  private paramsBlock: Float64Array = new Float64Array(0);
  private resultsBlock: Float64Array = new Float64Array(0);

  private constructor(instance: WebAssembly.Instance) {
    this.exports = instance.exports as unknown as CoreExports;
    this.exports._initialize?.();
    if (this.exports.paramsSize() !== P_SIZE || this.exports.resultsSize() !== R_SIZE) {
      throw new CoreTrap('The Wasm core does not match assembly/layout.ts; rebuild it with `npm run asbuild`.');
    }
  }

  static async instantiate(module: WebAssembly.Module): Promise<Core> {
    let memory: WebAssembly.Memory | undefined;
    const imports = {
      env: {
        abort(msg: number, file: number, line: number, column: number): never {
          const text = memory ? `${readAsString(memory, msg)} (${readAsString(memory, file)}:${line}:${column})` : 'abort';
          const message = `The simulation core stopped: ${text}`;
          // The names cross the worker boundary (comlink keeps name and message), so the page can
          // tell running out of memory from any other trap.
          throw /out of memory|allocation too large/i.test(text) ? new CoreOutOfMemory(message) : new CoreTrap(message);
        },
      },
    };
    const instance = await WebAssembly.instantiate(module, imports);
    memory = (instance.exports as unknown as CoreExports).memory;
    return new Core(instance);
  }

  /** A view of `length` f64 values at `ptr` in Wasm memory. Views die when memory grows, so
   *  never keep one across a call into the core. */
  view(ptr: number, length: number): Float64Array {
    return new Float64Array(this.exports.memory.buffer, ptr, length);
  }

  /** The views of the blocks, made again when memory has grown since they were made. */
  private blocks(): void {
    const buffer = this.exports.memory.buffer;
    if (buffer !== this.blocksBuffer) {
      this.blocksBuffer = buffer;
      this.paramsBlock = this.view(this.exports.paramsPtr(), P_SIZE);
      this.resultsBlock = this.view(this.exports.resultsPtr(), R_SIZE);
    }
  }

  /** Writes a parameter block, runs one steady-state evaluation, and returns a copy of the results. */
  evaluate(params: Float64Array): Float64Array {
    this.blocks();
    this.paramsBlock.set(params);
    return this.evaluateInPlace().slice();
  }

  /** The core's own parameter block, to be filled in place (the edit path compiles into it) and
   *  run with evaluateInPlace before anything else calls into the core. */
  paramsInPlace(): Float64Array {
    this.blocks();
    return this.paramsBlock;
  }

  /** Runs one steady-state evaluation on the parameter block as it stands and returns the core's
   *  own result block: a view, read before the next call into the core (which overwrites it). */
  evaluateInPlace(): Float64Array {
    this.exports.evaluate();
    this.blocks();
    return this.resultsBlock;
  }
}
