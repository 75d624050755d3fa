/**
 * Progress for a person at a terminal: one line on stderr, rewritten in place and cleared when
 * the work is done. Nothing at all when stderr is not a terminal (a pipe, a file, CI logs).
 */
export interface Progress {
  step(text: string): void;
  done(): void;
}

export function terminalProgress(stream: NodeJS.WriteStream): Progress | undefined {
  if (!stream.isTTY) return undefined;
  return {
    step: (text) => stream.write(`\r\x1b[Kcapi-lint: ${text}…`),
    done: () => stream.write('\r\x1b[K'),
  };
}
