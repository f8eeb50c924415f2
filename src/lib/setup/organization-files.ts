/**
 * What belongs to the organization rather than to Chapterhouse: everything under content/, and the few files
 * outside it that name the organization. `npm run init` writes these; `npm run upgrade` never takes them from
 * upstream, so the demo's versions of them never come back and never conflict.
 */
export const ORGANIZATION_PATHS = ['content/', '.github/CODEOWNERS', '.github/ISSUE_TEMPLATE/config.yml'] as const;

export function isOrganizationPath(file: string): boolean {
  return ORGANIZATION_PATHS.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));
}
