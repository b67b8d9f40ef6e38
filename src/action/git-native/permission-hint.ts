import { GitHubApiError } from '../github/client.js';

/**
 * `; the token needs \`issues: write\`.` when GitHub refused the call (401, 403, or 404 as it answers
 * for a private repository the token may not see), `.` otherwise: an outage or a server error is
 * not cured by a permission, and saying so would send the reader to the wrong setting.
 */
export function permissionHint(error: unknown, permission: string): string {
  const refused = error instanceof GitHubApiError && [401, 403, 404].includes(error.status);
  return refused ? `; the token needs \`${permission}\`.` : '.';
}
