/**
 * At most a few heavy requests work at once; the others wait their turn, first come first served.
 * A request is heavy when its estimate says so before it runs (api/limits.ts), or once its answer has
 * grown past a size while it runs (api/work-meter.ts: an estimate can be wrong). Heavy requests then
 * share the CPU with every light one, however many of them clients send: each yields between slices,
 * and at most `size` of them have slices to take.
 */
export class HeavyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /** Resolves once the caller holds a place; it must `release` it. */
  async acquire(): Promise<void> {
    if (this.running < this.size) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Gives the place to the first waiting request, so none can overtake it. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
