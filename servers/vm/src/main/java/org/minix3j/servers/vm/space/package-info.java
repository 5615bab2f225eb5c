/**
 * User address spaces as VM records them: page tables, private frames, regions, the break,
 * and read-only text shared between processes of one program with a count of its users.
 */
package org.minix3j.servers.vm.space;
