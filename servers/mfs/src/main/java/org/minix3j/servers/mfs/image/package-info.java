/**
 * The image builder behind {@code minix3j mkfs}: {@link
 * org.minix3j.servers.mfs.image.FileTree} describes the contents in memory, {@link
 * org.minix3j.servers.mfs.image.ImageBuilder} makes the MINIX V3 image bytes, {@link
 * org.minix3j.servers.mfs.image.DeviceList} parses the device-node list. Pure Java: reading the
 * host's directories is the caller's job.
 */
package org.minix3j.servers.mfs.image;
