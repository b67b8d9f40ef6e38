import { matchGlob } from '../../src/engine/paths/glob.js';
import type { WorkspaceProbe } from '../../src/engine/probe.js';

/** An in-memory repository: file contents and, per file, the date of its last commit. */
export function fakeProbe(
  files: Record<string, string>,
  commits: Record<string, string> = {},
): WorkspaceProbe & {
  gitCalls: string[][];
} {
  const paths = Object.keys(files).sort();
  const gitCalls: string[][] = [];
  return {
    gitCalls,
    kind(path) {
      if (files[path] !== undefined) return 'file';
      return paths.some((p) => p.startsWith(`${path}/`)) ? 'folder' : undefined;
    },
    glob(pattern) {
      return paths.filter((p) => matchGlob(pattern, p));
    },
    lastCommitDate(list) {
      gitCalls.push([...list]);
      const dates = list
        .flatMap((p) => Object.entries(commits).filter(([file]) => file === p || file.startsWith(`${p}/`)))
        .map(([, date]) => date)
        .sort();
      return dates.at(-1);
    },
    read(path) {
      const text = files[path];
      return text === undefined ? undefined : new TextEncoder().encode(text);
    },
  };
}
