package org.minix3j.servers.vfs;

import java.util.TreeMap;

/**
 * The vnode table: one {@link Vnode} per (file server, inode) VFS holds. {@link #get} takes the
 * reference a file server's answer carries; {@link #dup} and {@link #put} count VFS's own, and
 * the last put gives every file-server reference back in one PUTNODE.
 */
final class Vnodes {
  private final TreeMap<Long, Vnode> table = new TreeMap<>();
  private final FileServer fs;
  private int lostPutnodes;

  Vnodes(FileServer fs) {
    this.fs = fs;
  }

  /** File-server references kept for one vnode before the surplus is given back at once. */
  static final int MAX_FS_REFS = 64;

  /**
   * The vnode of an inode a file server just returned with one reference of its own. A vnode
   * VFS keeps for long (the root, a working directory, an open file) gathers one file-server
   * reference per lookup; beyond {@link #MAX_FS_REFS} all but one go back in one PUTNODE.
   */
  Vnode get(Attributes attributes) {
    long key = ((long) fs.endpoint << 32) | (attributes.inode() & 0xffffffffL);
    Vnode vnode = table.get(key);
    if (vnode == null) {
      vnode = new Vnode(fs.endpoint, attributes.inode());
      table.put(key, vnode);
    }
    vnode.update(attributes);
    vnode.refs++;
    vnode.fsRefs++;
    if (vnode.fsRefs >= MAX_FS_REFS) {
      try {
        fs.putnode(vnode.inode, vnode.fsRefs - 1);
        vnode.fsRefs = 1;
      } catch (FsError e) {
        lostPutnodes++;
      }
    }
    return vnode;
  }

  Vnode dup(Vnode vnode) {
    vnode.refs++;
    return vnode;
  }

  /** Drops one reference; the last one sends PUTNODE. Never throws. */
  void put(Vnode vnode) {
    if (--vnode.refs > 0) {
      return;
    }
    table.remove(((long) vnode.fsEndpoint << 32) | (vnode.inode & 0xffffffffL));
    try {
      fs.putnode(vnode.inode, vnode.fsRefs);
    } catch (FsError e) {
      lostPutnodes++; // the file server keeps its count; nothing more VFS can do
    }
  }

  /** PUTNODEs the file server refused. */
  int lostPutnodes() {
    return lostPutnodes;
  }

  /** Vnodes held (for tests and audits). */
  int size() {
    return table.size();
  }
}
