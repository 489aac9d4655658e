/** The ARM API versions the Bicep templates declare their resources with. */
export const API_VERSIONS = {
  cosmos: '2024-11-15',
  identity: '2024-11-30',
  /** Flexible credentials on a managed identity exist only in this preview. */
  identityPreview: '2025-01-31-preview'
} as const
