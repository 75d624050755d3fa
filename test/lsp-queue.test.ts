import { LintQueue } from '../cli/lsp/lint-queue';

/** A lint that finishes when the test says so, recording what it saw. */
function controlledLints() {
  const started: { item: string; signal: AbortSignal; finish: () => void }[] = [];
  const published: string[] = [];
  const lint = (item: string, signal: AbortSignal) =>
    new Promise<(() => void) | undefined>((resolve) => {
      const version = started.filter((run) => run.item === item).length + 1;
      started.push({ item, signal, finish: () => resolve(() => published.push(`${item} v${version}`)) });
    });
  return { started, published, lint };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the language server lint queue', () => {
  it('lints a change after a quiet spell at once', async () => {
    const { started, published, lint } = controlledLints();
    const queue = new LintQueue<string>(() => 30, lint);
    queue.touch('tree');
    expect(started.map((run) => run.item)).toEqual(['tree']);
    started[0].finish();
    await tick(5);
    expect(published).toEqual(['tree v1']);
    await tick(40);
    queue.touch('tree');
    expect(started).toHaveLength(2);
  });

  it('lints a burst of changes once more, a pause after its last change; the lint its first change started is dropped', async () => {
    const { started, published, lint } = controlledLints();
    const queue = new LintQueue<string>(() => 30, lint);
    for (let i = 0; i < 5; i++) {
      queue.touch('tree');
      await tick(5);
    }
    expect(started).toHaveLength(1);
    expect(started[0].signal.aborted).toBe(true);
    started[0].finish();
    await tick(5);
    expect(started).toHaveLength(1); // the burst's pause has not ended yet
    await tick(60);
    expect(started).toHaveLength(2);
    started[1].finish();
    await tick(5);
    expect(published).toEqual(['tree v2']);
  });

  it('aborts a lint that a newer change overtakes, drops its result and publishes the newer one', async () => {
    const { started, published, lint } = controlledLints();
    const queue = new LintQueue<string>(() => 10, lint);
    queue.touch('tree');
    await tick(30);
    expect(started).toHaveLength(1);
    queue.touch('tree');
    expect(started[0].signal.aborted).toBe(true);
    started[0].finish();
    await tick(40);
    expect(published).toEqual([]);
    expect(started).toHaveLength(2);
    started[1].finish();
    await tick(5);
    expect(published).toEqual(['tree v2']);
  });

  it('lints one tree at a time, in the order they were touched', async () => {
    const { started, published, lint } = controlledLints();
    const queue = new LintQueue<string>(() => 10, lint);
    queue.touch('a');
    queue.touch('b');
    await tick(30);
    expect(started.map((run) => run.item)).toEqual(['a']);
    started[0].finish();
    await tick(5);
    expect(started.map((run) => run.item)).toEqual(['a', 'b']);
    started[1].finish();
    await tick(5);
    expect(published).toEqual(['a v1', 'b v1']);
  });

  it('stops: the lint in flight is aborted, and nothing pending is linted after shutdown', async () => {
    const { started, lint } = controlledLints();
    const queue = new LintQueue<string>(() => 10, lint);
    queue.touch('a');
    queue.touch('b');
    queue.stop();
    expect(started.map((run) => [run.item, run.signal.aborted])).toEqual([['a', true]]);
    started[0].finish();
    await tick(30);
    expect(started).toHaveLength(1);
  });
});
