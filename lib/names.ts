import pluralize from 'pluralize';

/** The guide's character set for field and query parameter names: a-z and "_". */
export const NAME_CHARACTERS = /^[a-z_]+$/;

/** A suggestion in lowercase snake_case: `fooBar.baz` -> `foo_bar_baz`. */
export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z]+/g, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase();
}

/** True when the last word of a snake_case name is plural (`space_guids`, `data`). */
export function isPluralName(name: string): boolean {
  const lastWord = name.split('_').pop() ?? name;
  return pluralize.isPlural(lastWord);
}

/** The name with its last word pluralized: `space_guid` -> `space_guids`. */
export function pluralName(name: string): string {
  const words = name.split('_');
  words.push(pluralize.plural(words.pop() ?? ''));
  return words.join('_');
}

/** "rename it to \"foo_bar\"", or a plain "rename it" when digits make a suggestion guesswork. */
export function renameHint(name: string): string {
  return /[0-9]/.test(name) ? 'rename it without digits or other characters' : `rename it to "${toSnakeCase(name)}"`;
}

/** Period-separated relationship names, as `include` values and `fields[...]` brackets use: `space.organization`. */
export const RESOURCE_PATH = /^[a-z_]+(\.[a-z_]+)*$/;

/** `["a", "b"]` -> `"a", "b"`, for messages. */
export function quoted(names: string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
