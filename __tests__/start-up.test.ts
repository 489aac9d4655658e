import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import ts from 'typescript'

/**
 * What a job that only logs in loads before its first log line: the modules the action's entry
 * reaches through static imports (dynamic `import()` and type-only imports left out). The code of
 * migrations, seeding, smoke checks, YAML and CSV parsing and the ARM SDK must not be among them,
 * so the bundle starts as quickly as a bare SDK action (`npm run bench` measures it).
 */

const SRC = resolve('src')

/** A module's static imports that stay in the emitted JavaScript. */
function runtimeImports(path: string): string[] {
  const tree = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true)
  return tree.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)))
      return typeOnly ? [] : [(statement.moduleSpecifier as ts.StringLiteral).text]
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly)
      return [(statement.moduleSpecifier as ts.StringLiteral).text]
    return []
  })
}

/** Every src file and package reached from `entry` through static imports. */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const visit = (path: string): void => {
    const name = relative(SRC, path)
    if (files.has(name)) return
    files.add(name)
    for (const specifier of runtimeImports(path)) {
      if (specifier.startsWith('.'))
        visit(resolve(dirname(path), specifier.replace(/\.js$/, '.ts')))
      else
        packages.add(
          specifier.startsWith('@')
            ? specifier.split('/').slice(0, 2).join('/')
            : (specifier.split('/')[0] ?? specifier)
        )
    }
  }
  visit(entry)
  return { files, packages }
}

describe('start-up of the action', () => {
  const { files, packages } = reached(resolve(SRC, 'index.ts'))

  it('reaches the login, the role check and the report', () => {
    expect(files).toContain('main.ts')
    expect(files).toContain('session/index.ts')
    expect([...packages]).toEqual(
      expect.arrayContaining(['@actions/core', '@azure/cosmos', '@azure/identity'])
    )
  })

  it.each(['migrate/', 'seed/', 'smoke/', 'yaml/'])(
    'loads nothing of %s before the plan asks for it',
    (folder) => {
      // The lock's state name is shared with the post step: a module with no imports.
      const allowed = new Set(['migrate/lock-state.ts'])
      expect([...files].filter((file) => file.startsWith(folder) && !allowed.has(file))).toEqual([])
    }
  )

  it.each(['@azure/arm-cosmosdb', 'yaml', 'csv-parse', 'zod'])(
    'loads %s only when a step uses it',
    (name) => {
      expect([...packages]).not.toContain(name)
    }
  )
})
