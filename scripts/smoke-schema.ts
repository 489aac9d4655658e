/**
 * Writes smoke.schema.json from the schema the action validates smoke files with, for editors
 * (`# yaml-language-server: $schema=...`). `npm run schema`; a test checks it is current.
 */
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { smokeJsonSchema } from '../src/smoke/spec.js'

await writeFile(
  resolve(import.meta.dirname, '..', 'smoke.schema.json'),
  `${JSON.stringify(smokeJsonSchema(), null, 2)}\n`
)
