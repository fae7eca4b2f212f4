// The dictionaries' message format, kept as small as the job: `{name}` placeholders, and plural
// messages as objects keyed by the categories of Intl.PluralRules (`"type": "ordinal"` for
// ordinals), so a translator writes every form the language has and no code decides grammar.

/** A plain message, or a plural one: `{ "one": "{count} state", "other": "{count} states" }`. */
export type Message = string | PluralMessage;
export type PluralMessage = { type?: string; other: string } & { [category: string]: string | undefined };

export type Values = Record<string, string | number>;

/** A message with its values filled in; numbers go through `formatNumber`, plurals pick by `count`. */
export function fillMessage(
  message: Message,
  values: Values,
  pluralRules: (ordinal: boolean) => Intl.PluralRules,
  formatNumber: (value: number) => string,
): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const category = pluralRules(message.type === 'ordinal').select(Number(values.count));
    template = message[category] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** Whether a dictionary value is a plural message rather than a group of messages. */
export const isPlural = (value: unknown): value is PluralMessage =>
  typeof value === 'object' && value !== null && typeof (value as PluralMessage).other === 'string';
