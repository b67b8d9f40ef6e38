#!/usr/bin/env node
import { ignoreClosedPipe } from './cli/closed-pipe.js';
import { main } from './cli/main.js';

ignoreClosedPipe(process.stdout);
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
