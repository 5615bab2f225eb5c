package org.minix3j.kernel.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.minix3j.abi.Errno;
import org.minix3j.abi.MessageLayout;
import org.minix3j.machine.memory.PhysicalMemory;

/**
 * Moves one IPC message ({@link MessageLayout#SIZE} bytes, little-endian words) between a user
 * process's virtual memory and the kernel's message words (a process slot's {@code int[16]}),
 * for the IPC trap of i386 processes ({@code int 0x21}, ECX = message address).
 *
 * <p>Entry points: {@link #copyIn} when a SEND or SENDREC is made, {@link #checkWritable} when
 * a RECEIVE or SENDREC is made (the receive buffer is checked at the call, so a bad buffer
 * fails the call rather than the later delivery), {@link #copyOut} at delivery. Each returns
 * {@link Errno#OK_VALUE}, or {@link Errno#EFAULT} with nothing changed. Uses one scratch
 * buffer of its own: not reentrant, as the kernel runs on one thread; allocates nothing.
 *
 * <p>Fast path: a message that lies within one page (the usual case: a libc message buffer is
 * word-aligned) is found with one page walk and moved word by word straight between RAM and
 * the words; one that crosses a page goes through {@link UserMemory}'s checked byte copy.
 */
public final class MessageTransfer {
  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  /** The highest page offset at which a whole message still fits in the page. */
  private static final int LAST_OFFSET_IN_PAGE = PhysicalMemory.PAGE_SIZE - MessageLayout.SIZE;

  private final UserMemory memory;
  private final PageWalker walker;
  private final byte[] ram;
  private final byte[] scratch = new byte[MessageLayout.SIZE];

  public MessageTransfer(UserMemory memory) {
    this.memory = memory;
    this.walker = new PageWalker(memory.memory());
    this.ram = memory.memory().backingArray();
  }

  /** Reads the message at {@code address} into {@code words} (16 words). */
  public int copyIn(int pageDirectory, int address, int[] words) {
    requireMessage(words);
    if ((address & PAGE_OFFSET_MASK) <= LAST_OFFSET_IN_PAGE) {
      int physical = walker.translate(pageDirectory, address, false, true);
      if (physical == PageWalker.FAULT) {
        return Errno.EFAULT.wireValue();
      }
      for (int i = 0; i < words.length; i++) {
        words[i] = (int) INT_LE.get(ram, physical + i * Integer.BYTES);
      }
      return Errno.OK_VALUE;
    }
    int result = memory.copyIn(pageDirectory, address, scratch, 0, MessageLayout.SIZE);
    if (result != Errno.OK_VALUE) {
      return result;
    }
    for (int i = 0; i < words.length; i++) {
      int at = i * Integer.BYTES;
      words[i] =
          (scratch[at] & 0xFF)
              | (scratch[at + 1] & 0xFF) << 8
              | (scratch[at + 2] & 0xFF) << 16
              | (scratch[at + 3] & 0xFF) << 24;
    }
    return Errno.OK_VALUE;
  }

  /** Writes {@code words} (16 words) as the message at {@code address}. */
  public int copyOut(int[] words, int pageDirectory, int address) {
    requireMessage(words);
    if ((address & PAGE_OFFSET_MASK) <= LAST_OFFSET_IN_PAGE) {
      int physical = walker.translate(pageDirectory, address, true, true);
      if (physical == PageWalker.FAULT) {
        return Errno.EFAULT.wireValue();
      }
      for (int i = 0; i < words.length; i++) {
        INT_LE.set(ram, physical + i * Integer.BYTES, words[i]);
      }
      return Errno.OK_VALUE;
    }
    for (int i = 0; i < words.length; i++) {
      int at = i * Integer.BYTES;
      int word = words[i];
      scratch[at] = (byte) word;
      scratch[at + 1] = (byte) (word >>> 8);
      scratch[at + 2] = (byte) (word >>> 16);
      scratch[at + 3] = (byte) (word >>> 24);
    }
    return memory.copyOut(scratch, 0, pageDirectory, address, MessageLayout.SIZE);
  }

  /** Whether a whole message could be written at {@code address} now (changes nothing). */
  public int checkWritable(int pageDirectory, int address) {
    if ((address & PAGE_OFFSET_MASK) <= LAST_OFFSET_IN_PAGE) {
      return walker.translate(pageDirectory, address, true, false) == PageWalker.FAULT
          ? Errno.EFAULT.wireValue()
          : Errno.OK_VALUE;
    }
    return memory.checkWritable(pageDirectory, address, MessageLayout.SIZE);
  }

  private static final int PAGE_OFFSET_MASK = PhysicalMemory.PAGE_SIZE - 1;

  private static void requireMessage(int[] words) {
    if (words.length * Integer.BYTES != MessageLayout.SIZE) {
      throw new IllegalArgumentException("a message is " + MessageLayout.SIZE + " bytes");
    }
  }
}
