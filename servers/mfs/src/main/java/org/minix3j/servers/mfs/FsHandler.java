package org.minix3j.servers.mfs;

import org.minix3j.abi.Message;

/** One request of {@code FsRequests}: reads {@code in}'s words, fills {@code out}'s, returns the result. */
@FunctionalInterface
interface FsHandler {
  int handle(FsContext context, Message in, Message out) throws FsError;
}
