// Where the product sends a reader who wants to write to the coalition, and where each element's
// fallback content (what a page shows where the script does not run: feeds, e-mail, search
// engines) links to. One rule for the widgets, the embed builder and the WordPress plugin, which
// read it from here (demo/builder-facts.ts, scripts/build-wordpress.mjs).

import type { Coalition, StatusData } from './status-file.js';

/** The address to write to: the coalition's first contact address, else its coordinator's. */
export const coalitionEmail = (coalition: Partial<Coalition> | undefined): string | undefined =>
  coalition?.contacts?.[0]?.email ?? coalition?.coordinator?.email;

/**
 * The link of each element's fallback, from the status file (read as published: `status` may be
 * unchecked JSON). The UN Treaty Collection has its pages in English and French.
 */
export function fallbackLinks(status: Partial<StatusData>, lang: string | undefined): Record<string, string | undefined> {
  const treatyPage = status.sources?.[0]?.url;
  const email = coalitionEmail(status.coalition);
  return {
    map: treatyPage && lang === 'fr' ? treatyPage.replace('clang=_en', 'clang=_fr') : treatyPage,
    contact: email ? `mailto:${email}` : undefined,
    resources: status.coalition?.coordinator?.url,
  };
}
