import { Workspace } from '../../adapters/workspace.js';
import { loadCatalogs } from '../../engine/catalogs/custom/load-catalog.js';
import { getCatalog } from '../../engine/catalogs/registry.js';
import { InputError } from '../../engine/errors.js';
import { CATALOG_FORMATS, renderCatalog } from '../../engine/render/render-catalog.js';
import { parseList } from '../../engine/settings-values.js';
import { oneOf, parseFlags, type Command } from '../command.js';
import type { CliIO } from '../io.js';
import { outputTarget, writeOutput } from '../output.js';

const OPTIONS = {
  standard: { type: 'string' },
  catalog: { type: 'string', multiple: true },
  format: { type: 'string' },
  output: { type: 'string' },
} as const;

const HELP = `Usage: isms-gate catalog --standard NAME [--catalog FILE] [--format json|markdown|csv] [--output FILE]

Prints a catalog: iso27001, iso27002, hipaa, or one read with --catalog (a custom YAML/JSON
framework or a NIST OSCAL catalog). JSON entries carry id, title and their group (theme, safeguard
or group); HIPAA entries also required (true Required, false Addressable); ISO entries their
ISO 27002 attributes. JSON also lists the domains --domains accepts.

Options:
  --standard NAME   the catalog to print (default: the --catalog one, when exactly one is given)
  --catalog FILE    a custom or OSCAL catalog file (repeatable)
  --format FORMAT   markdown (default), json or csv
  --output FILE     write to FILE instead of standard output
  -h, --help        show this help
`;

/** `isms-gate catalog`: any catalog, built-in or custom, in a chosen format. */
export const catalog: Command = {
  name: 'catalog',
  summary: 'print a catalog (built-in, custom or OSCAL) as JSON, Markdown or CSV',
  help: HELP,
  run(argv: string[], io: CliIO): number {
    const { values } = parseFlags(argv, OPTIONS);
    const format = oneOf(values.format, CATALOG_FORMATS, '--format', 'markdown');
    const workspace = new Workspace(io.cwd);
    const custom = loadCatalogs((values.catalog ?? []).map((path) => workspace.read(path, 'catalog file')));
    const names = parseList(values.standard);
    const name = names[0] ?? (custom.length === 1 ? custom[0]!.id : undefined);
    if (name === undefined || names.length > 1) {
      throw new InputError('name one catalog with --standard (iso27001, iso27002, hipaa, or a --catalog id)');
    }
    const text = renderCatalog(getCatalog(name, custom), format);
    writeOutput(io, outputTarget(workspace, values.output), text, (shown) => `Wrote ${shown}.\n`);
    return 0;
  },
};
