/**
 * Reads an Annex A control id however spreadsheets write it (`5.1`, `A.5.1`, `A5.1`, `a.5.01`,
 * `Annex A 5.1`, `A 5.1`) and returns the canonical `5.1`, or undefined when the text has no
 * two-part id. Whether the id exists is the catalog's question, not this function's.
 */
export function parseAnnexAId(raw: string): string | undefined {
  const match = /^\s*(?:annex\s*)?(?:a\s*[.\s-]?\s*)?(\d{1,2})\s*\.\s*(\d{1,3})\s*\.?\s*$/i.exec(raw);
  if (!match) return undefined;
  return `${Number(match[1])}.${Number(match[2])}`;
}

/**
 * Reads a 2013-edition Annex A id (`A.9.4.2`, `9.4.2`, `A9.4.2`) and returns it as `A.9.4.2`,
 * or undefined when the text is not a three-part id.
 */
export function parse2013Id(raw: string): string | undefined {
  const match =
    /^\s*(?:annex\s*)?(?:a\s*[.\s-]?\s*)?(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?\s*$/i.exec(raw);
  if (!match) return undefined;
  return `A.${Number(match[1])}.${Number(match[2])}.${Number(match[3])}`;
}
