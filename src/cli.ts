#!/usr/bin/env node
import { main } from './admin/cli.js'
import { terminalConsole } from './admin/terminal.js'

process.exitCode = await main(
  process.argv.slice(2),
  terminalConsole(process.stdout, process.stderr)
)
