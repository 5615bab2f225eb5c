/**
 * The MINIX V3 on-disk format, shared by the file server and the image builder: the
 * superblock, inodes, bitmaps and directory entries, each a small codec over byte arrays.
 */
package org.minix3j.servers.mfs.format;
