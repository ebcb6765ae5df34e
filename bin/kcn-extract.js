#!/usr/bin/env node
// Thin shell: all logic lives in the library; this only runs it and sets the exit code.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
