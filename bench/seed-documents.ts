/** The seeding benchmark's documents: about 1 KB each, the same in every process that builds them. */
const pad = 'x'.repeat(900)

export const benchDocument = (i: number, prefix = 'd'): { id: string; n: number; pad: string } => ({
  id: `${prefix}-${i}`,
  n: i,
  pad
})
