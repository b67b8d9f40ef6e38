/**
 * What the engine may ask of the repository it checks, passed in by an adapter so the engine stays
 * free of file-system and process calls. Every path is relative to the workspace, with forward
 * slashes, and already checked to stay inside it. Tests hand in an in-memory fake.
 */
export interface WorkspaceProbe {
  /** Whether a path is a file, a folder, or absent. */
  kind(path: string): 'file' | 'folder' | undefined;
  /** The files a glob pattern matches, sorted; empty when none does. */
  glob(pattern: string): string[];
  /**
   * The date (YYYY-MM-DD) of the newest commit touching any of the paths, or undefined when it
   * cannot be known (no git, not a repository, files never committed).
   */
  lastCommitDate(paths: readonly string[]): string | undefined;
  /** A file's bytes, or undefined when it is absent or not a file. */
  read(path: string): Uint8Array | undefined;
}
