package org.minix3j.machine.cpu;

import java.util.Locale;
import java.util.Map;

/**
 * The EFLAGS bits the Intel SDM leaves undefined, per instruction, and what this CPU does with
 * them; differential tests against another implementation mask these bits.
 *
 * <pre>
 * instruction            undefined in the SDM            what minix3j does
 * AND OR XOR TEST        AF                              AF = 0
 * MUL IMUL (all forms)   SF ZF AF PF                     SF ZF PF from the low half, AF = 0
 * DIV IDIV               CF OF SF ZF AF PF               all unchanged
 * SHL SAL SHR SAR        AF; OF if count != 1;           AF = 0; OF = MSB(result) xor the last
 *                        CF (SHL/SHR) if count >= width  bit out, for every count; CF = last bit
 *                                                        out of the zero-extended operand
 * ROL ROR RCL RCR        OF if count != 1                the count-1 formula for every count
 * SHLD SHRD              AF; OF if count != 1; all flags AF = 0; OF = sign change; 16-bit
 *                        and the result if count > width counts above 16 shift dest:src:dest
 * BT BTS BTR BTC         OF SF AF PF                     unchanged (ZF unchanged too, as defined)
 * BSF BSR                CF OF SF AF PF                  unchanged; zero source: ZF = 1 and the
 *                        (and the result if source = 0)  destination is left unchanged
 * DAA DAS                OF                              OF = 0
 * AAA AAS                OF SF ZF PF                     OF = 0; SF ZF PF from AL
 * AAM AAD                OF AF CF                        all 0
 * BSWAP with 0x66        the result                      low word becomes 0
 * </pre>
 *
 * Shift and rotate counts are the counts masked to five bits; a masked count of 0 changes no
 * flag. Entry points: {@link #forInstruction(String)} (every bit that may be undefined for some
 * operand) and {@link #forShift(String, int, int)} (exact, given the count and width).
 */
public final class UndefinedFlags {
  /** EFLAGS bits, for reading the masks. */
  public static final int CF = LazyFlags.CF;

  public static final int PF = LazyFlags.PF;
  public static final int AF = LazyFlags.AF;
  public static final int ZF = LazyFlags.ZF;
  public static final int SF = LazyFlags.SF;
  public static final int OF = LazyFlags.OF;

  private static final int ALL = CF | PF | AF | ZF | SF | OF;

  private static final Map<String, Integer> MASKS =
      Map.ofEntries(
          Map.entry("and", AF),
          Map.entry("or", AF),
          Map.entry("xor", AF),
          Map.entry("test", AF),
          Map.entry("mul", SF | ZF | AF | PF),
          Map.entry("imul", SF | ZF | AF | PF),
          Map.entry("div", ALL),
          Map.entry("idiv", ALL),
          Map.entry("shl", AF | OF | CF),
          Map.entry("sal", AF | OF | CF),
          Map.entry("shr", AF | OF | CF),
          Map.entry("sar", AF | OF),
          Map.entry("rol", OF),
          Map.entry("ror", OF),
          Map.entry("rcl", OF),
          Map.entry("rcr", OF),
          Map.entry("shld", ALL),
          Map.entry("shrd", ALL),
          Map.entry("bt", OF | SF | AF | PF),
          Map.entry("bts", OF | SF | AF | PF),
          Map.entry("btr", OF | SF | AF | PF),
          Map.entry("btc", OF | SF | AF | PF),
          Map.entry("bsf", CF | OF | SF | AF | PF),
          Map.entry("bsr", CF | OF | SF | AF | PF),
          Map.entry("daa", OF),
          Map.entry("das", OF),
          Map.entry("aaa", OF | SF | ZF | PF),
          Map.entry("aas", OF | SF | ZF | PF),
          Map.entry("aam", OF | AF | CF),
          Map.entry("aad", OF | AF | CF));

  private UndefinedFlags() {}

  /**
   * Every flag the SDM leaves undefined for some operands of {@code mnemonic} (case-insensitive,
   * e.g. "imul", "shl"); 0 for instructions with all flags defined or unaffected.
   */
  public static int forInstruction(String mnemonic) {
    return MASKS.getOrDefault(mnemonic.toLowerCase(Locale.ROOT), 0);
  }

  /**
   * The exact undefined flags of a shift or rotate (shl, sal, shr, sar, rol, ror, rcl, rcr,
   * shld, shrd) with {@code maskedCount} (count &amp; 31) on an operand of {@code operandBits}
   * (8, 16 or 32) bits; other mnemonics give {@link #forInstruction(String)}.
   */
  public static int forShift(String mnemonic, int maskedCount, int operandBits) {
    String name = mnemonic.toLowerCase(Locale.ROOT);
    if (maskedCount == 0) {
      return 0;
    }
    int overflow = maskedCount == 1 ? 0 : OF;
    return switch (name) {
      case "shl", "sal", "shr" -> AF | overflow | (maskedCount >= operandBits ? CF : 0);
      case "sar" -> AF | overflow;
      case "rol", "ror", "rcl", "rcr" -> overflow;
      case "shld", "shrd" -> maskedCount > operandBits ? ALL : AF | overflow;
      default -> forInstruction(name);
    };
  }
}
