package org.minix3j.abi.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of constants that the C library sees: every {@code public static final int}
 * field becomes {@code #define PREFIX_NAME value} in the header {@link #file()} under {@code
 * userland/include}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CHeader {
  /** The header's path under the include directory, e.g. {@code minix/pm.h}. */
  String file();

  /** What goes before each constant's name in C, e.g. {@code PM_}; empty for none. */
  String prefix();
}
