// The npm packages whose code ends up in a bundle, read from ncc's stats: shared by the packaging
// script (to ship their licences) and the benchmark (to check that nothing ships unlicensed or unused).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folders (`node_modules/...`) of every package with a module in any chunk of the bundle. */
export function bundledPackageDirs(stats) {
  const dirs = new Set();
  const walk = (modules) => {
    for (const module of modules ?? []) {
      const name = (module.name ?? '').replace(/^\.\//, '').replace(/ \+ \d+ modules$/, '');
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(name);
      if (match) dirs.add(match[1]);
      walk(module.modules);
    }
  };
  walk(stats.modules);
  return dirs;
}

/** The licence notice of a package folder: its name, licence id and licence text. */
export function licenceNotice(root, dir) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const file = readdirSync(join(root, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file ? readFileSync(join(root, dir, file), 'utf8').trim() : '';
  return {
    name: manifest.name,
    notice: `${manifest.name}\n${manifest.license ?? 'see package'}\n${text}`.trim(),
  };
}
