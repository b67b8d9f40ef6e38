// First, so it is evaluated before anything that loads the toolkit (see event-payload-guard.ts).
import './action/event-payload-guard.js';
import { run } from './action/main.js';

void run();
