/** Who may reload the corpus: pure checks, tested without Discord. */

/** Discord's Manage Server permission bit. */
export const MANAGE_GUILD = 1n << 5n;
/** Discord's Administrator permission bit. */
export const ADMINISTRATOR = 1n << 3n;

export interface MemberAccess {
  /** The member's computed permissions in the channel, as Discord's decimal string (or bigint). */
  permissions: string | bigint | null;
  roleIds: readonly string[];
}

/** True for members with Manage Server or Administrator, or one of the configured moderator roles. */
export function isModerator(member: MemberAccess, moderatorRoleIds: readonly string[]): boolean {
  let bits = 0n;
  try {
    bits = member.permissions === null ? 0n : BigInt(member.permissions);
  } catch {
    bits = 0n;
  }
  if ((bits & MANAGE_GUILD) !== 0n || (bits & ADMINISTRATOR) !== 0n) return true;
  return member.roleIds.some((r) => moderatorRoleIds.includes(r));
}
