/**
 * Ignores EPIPE on a stream: `isms-gate check | head` closes the pipe early, and the reader having
 * seen enough is no error of the user's, so it must not end in Node's stack trace. The exit code
 * stays the gate's.
 */
export function ignoreClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
