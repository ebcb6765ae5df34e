#!/usr/bin/env node
// Thin shell: all logic lives in the library; this only runs it and sets the exit code.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
// Interrupted (130/143): stdin may still hold the event loop open; leave now.
if (process.exitCode >= 128) process.exit();
