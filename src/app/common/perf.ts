/**
 * Leaves a User Timing mark for the benchmark to read; does nothing where the
 * browser (or test DOM) has no User Timing.
 *
 * @param name - The mark's name, e.g. "idm-grid-rendered".
 */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
}
