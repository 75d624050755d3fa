import type { IRange } from '@stoplight/types';

/** Where in which file an input error is, for an editor to show it there. */
export interface InputErrorLocation {
  file: string;
  range: IRange;
}

/** A problem with the user's input (file, YAML, `$ref`): reported as one line, exit code 2. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly location?: InputErrorLocation,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
