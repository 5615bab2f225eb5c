/**
 * Grants and safe copies: DESIGN.md rule 6, "data moves only by grant".
 *
 * <p>A process creates a grant for exactly one other endpoint (generation included, so a
 * restarted grantee cannot use its predecessor's grants) with an access ({@link
 * org.minix3j.abi.GrantAccess}) over one target ({@link
 * org.minix3j.kernel.grant.GrantKind}): a range of its own user memory, a range of a byte array
 * it hands to the kernel (Java system processes), or, for a process with the magic-grant right,
 * a range of a third process's user memory (MINIX's magic grants, which VFS uses so that MFS
 * and drivers copy straight to and from a user's buffer). The grantee then asks the kernel to
 * copy ({@link org.minix3j.kernel.grant.Grants#copyFrom}, {@link
 * org.minix3j.kernel.grant.Grants#copyTo}) or to fill ({@link
 * org.minix3j.kernel.grant.Grants#memset}); the kernel checks everything first and copies all
 * or nothing. Errors are listed on {@link org.minix3j.kernel.grant.Grants} (creation) and
 * {@code SafeCopy} (copies).
 *
 * <p>Rights. The magic-grant right is a separate declared right of the granter, asked through
 * {@link org.minix3j.kernel.grant.MagicGrantRight} (a process without it gets EPERM); in the
 * policy it belongs beside the call mask (VFS only, as MINIX checks that the granter is VFS).
 * SYS_MEMSET is restricted by a grant, not by physical memory ranges: the caller needs a write
 * grant over the range (a magic grant for PM or VM zeroing a user's pages), so the same checks
 * protect it as every copy.
 *
 * <p>Life cycle. When a process exits, its grant table is cleared (its ids stay dead: entry
 * sequences are kept); grants naming it as grantee stay in their granters' tables but are
 * useless, because its successor in the slot has a new endpoint. Copies from a dead granter
 * fail with EDEADSRCDST.
 *
 * <p>Spec: there is no TLA+ spec of grants yet; the copy path's methods say "spec: none yet".
 */
package org.minix3j.kernel.grant;
