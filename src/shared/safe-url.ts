// Links built from the status file. A partner's file is data, not code: only http(s) URLs become
// links and only well-formed addresses become mailto: links; anything else is shown as plain text.

/**
 * The URL (resolved against `base`, if given) if it is http or https, else undefined (so
 * `javascript:` and friends are never linked).
 */
export function safeHttpUrl(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

// Deliberately plain: one @, no spaces, no characters that change a mailto: URL's meaning (?, &, #,
// %, quotes, angle brackets, commas), and a dotted domain.
const EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** A `mailto:` URL for a plain, valid address; undefined for anything else. */
export function mailtoUrl(address: string | undefined, subject?: string): string | undefined {
  if (!address || !EMAIL.test(address.trim())) return undefined;
  const query = subject ? `?subject=${encodeURIComponent(subject)}` : '';
  return `mailto:${address.trim()}${query}`;
}
