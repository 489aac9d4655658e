// Orders keep their total in cents from schema version 2 on. Idempotent: orders already at
// version 2 are left alone, so a re-run after a failure finishes the job and changes nothing else.
export const containers = ['orders']

export async function up(ctx) {
  const changed = await ctx.updateWhere(
    'orders',
    'NOT IS_DEFINED(c.schemaVersion) OR c.schemaVersion < 2',
    (order) => ({
      ...order,
      schemaVersion: 2,
      totalCents: Math.round((order.total ?? 0) * 100)
    })
  )
  ctx.log(`${changed} order(s) moved to schema version 2`)
}
