package org.minix3j.servers.mfs.image;

/** The description does not fit the image asked for (too many inodes or blocks, a file too big). */
public final class ImageException extends Exception {
  private static final long serialVersionUID = 1L;

  public ImageException(String message) {
    super(message);
  }
}
