/**
 * A whole, non-negative number from the environment, or the fallback when it
 * is unset; anything else stops start-up with a message naming the variable.
 *
 * @param name - The environment variable.
 * @param fallback - Its default.
 * @returns The number.
 */
export function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') {
    return fallback;
  }
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`${name} must be a non-negative integer, got '${raw}'.`);
  }
  return n;
}
