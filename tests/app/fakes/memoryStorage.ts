/** An in-memory Web Storage, standing in for the host's localStorage; `broken` simulates a full or blocked store. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  public broken = false;

  public get length(): number {
    return this.items.size;
  }

  public clear(): void {
    this.items.clear();
  }

  public getItem(key: string): string | null {
    return this.items.has(key) ? (this.items.get(key) as string) : null;
  }

  public key(index: number): string | null {
    return Array.from(this.items.keys())[index] ?? null;
  }

  public removeItem(key: string): void {
    this.items.delete(key);
  }

  public setItem(key: string, value: string): void {
    if (this.broken) {
      throw new Error('QuotaExceededError');
    }
    this.items.set(key, String(value));
  }
}
