package org.minix3j.verification.audit;

/** Which slots of the audited kernel are RS, PM, VFS and user processes. */
record AuditRoles(int rs, int pm, int vfs, int firstUser, int lastUser) {
  boolean isUser(int slot) {
    return slot >= firstUser && slot <= lastUser;
  }

  boolean isPmOrVfs(int slot) {
    return slot == pm || slot == vfs;
  }
}
