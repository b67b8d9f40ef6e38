import crosswalk from '../catalogs/data/iso27001-2013-crosswalk.js';
import { parse2013Id } from '../catalogs/control-id.js';

const successors = new Map<string, readonly string[]>(
  crosswalk.mappings.map((m) => [m.id_2013, m.ids_2022 as readonly string[]]),
);

/**
 * Recognises a control id of another framework (ISO 27001:2013 Annex A, the HIPAA Security Rule,
 * SOC 2, NIST SP 800-53) and says so, naming the 2022 successor where the official crosswalk has
 * one; '' when the id looks like none of them. Spares users a misleading "nearest id" guess.
 */
export function foreignIdHint(raw: string): string {
  const id2013 = parse2013Id(raw);
  if (id2013 !== undefined) {
    const next = successors.get(id2013);
    return next
      ? `${id2013} is an ISO/IEC 27001:2013 Annex A id; its 2022 successor is ${next.join(', ')}`
      : `it looks like an ISO/IEC 27001:2013 Annex A id, but ${id2013} is not one`;
  }
  if (/^\s*(§\s*)?164\.\d{3}/.test(raw)) return 'it is a HIPAA Security Rule citation (45 CFR 164)';
  if (/^\s*(CC|PI)\d{1,2}\.\d{1,2}\s*$/i.test(raw)) return 'it looks like a SOC 2 Trust Services Criteria id';
  if (/^\s*[A-Z]{2}-\d{1,2}(\(\d+\))?\s*$/i.test(raw)) return 'it looks like a NIST SP 800-53 control id';
  return '';
}
