/** The tool's name as reports and SARIF logs give it. */
export const TOOL_NAME = 'isms-gate';

/** The tool's version as SARIF logs give it. */
export const TOOL_VERSION = '0.1.0';
