/**
 * Lints one item (a spec tree) at a time. A touch after a quiet spell (no touch for `delayMs`) is
 * linted at once; touches that follow it within `delayMs` of each other are a burst (typing),
 * linted once, `delayMs` after its last. An item touched while it is being linted is aborted (the
 * lint stops before its rules run, or its result is dropped) and linted again after the pause.
 */
export class LintQueue<T> {
  private readonly dirty = new Set<T>();
  /** Set from each touch until `delayMs` after it: while set, touches are a burst. */
  private timer: NodeJS.Timeout | undefined;
  private running: { item: T; controller: AbortController } | undefined;
  private working = false;

  /**
   * `lint` resolves to what publishes its result, called only when the item was not touched
   * again meanwhile; it must not throw.
   */
  constructor(
    private readonly delayMs: () => number,
    private readonly lint: (item: T, signal: AbortSignal) => Promise<(() => void) | undefined>,
  ) {}

  touch(item: T): void {
    this.dirty.add(item);
    if (this.running?.item === item) this.running.controller.abort(new Error('superseded by a newer change'));
    const quiet = this.timer === undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (quiet) void this.work(); // takes the item before the timer below is set
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.work();
    }, this.delayMs());
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty.clear();
    this.running?.controller.abort(new Error('server shutting down'));
  }

  private async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      // Called at the start or the end of a pause (no timer then); a touch during a lint starts a
      // new pause, and the loop leaves the rest to its timer.
      while (this.dirty.size > 0 && this.timer === undefined) {
        const [item] = this.dirty;
        this.dirty.delete(item);
        const controller = new AbortController();
        this.running = { item, controller };
        const publish = await this.lint(item, controller.signal);
        this.running = undefined;
        if (!controller.signal.aborted) publish?.();
      }
    } finally {
      this.running = undefined;
      this.working = false;
    }
  }
}
