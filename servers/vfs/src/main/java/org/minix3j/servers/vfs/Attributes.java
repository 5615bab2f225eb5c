package org.minix3j.servers.vfs;

import org.minix3j.abi.Message;

/**
 * An inode's attributes as a file server returns them (FsRequests "attributes": w0 inode, w1
 * mode, w2 size, w3 uid, w4 gid, w5 device number, w6 link count).
 */
record Attributes(int inode, int mode, int size, int uid, int gid, int rdev, int links) {
  static Attributes from(Message reply) {
    return new Attributes(
        reply.payload(0),
        reply.payload(1),
        reply.payload(2),
        reply.payload(3),
        reply.payload(4),
        reply.payload(5),
        reply.payload(6));
  }
}
