package org.minix3j.machine.cpu;

/**
 * A CPU-bound C program (sieve of 8192, insertion sort of 512 words with an FNV hash, a loop of
 * divisions, multiplications and shifts), compiled with {@code gcc -m32 -march=i686 -O2
 * -ffreestanding -nostdlib} and linked at 0x1000, its .bss at 0x3000-0x5800. It ends with
 * {@code int 0x80} (EAX=1, EBX=total) and then spins. With 20 rounds the total is 2345792743
 * (the same C code compiled for the host prints it; QEMU exits with its low byte, 231).
 */
final class BenchmarkProgram {
  static final int LOAD_ADDRESS = 0x1000;
  static final long EXPECTED_TOTAL = 2345792743L;

  /** Offset of the round-count immediate in {@code cmp ebp, 20} (83 fd 14). */
  static final int ROUNDS_OFFSET;

  static final String TEXT =
          "5531ed57bf005800005631f65383ec04b800380000c7000101010183c00439c775f3bb0400000031"
          + "d2b902000000eb0c4183c30281f900200000743080b9003800000074eb4281fbff1f000089d877e0"
          + "c680003800000001c83dff1f00007ef04183c30281f90020000075d089e831c969c06d4ec6410539"
          + "30000089c3c1eb08891c8d003000004181f90002000075e0893424b9010000008db4260000000090"
          + "8b348d0030000089c8eb138d74260090891c8500300000480f84a20000008b1c85fc2f000039de72"
          + "e7893485003000004181f90002000075c78b342431c031c98b1c8d003000004131d869c093010001"
          + "81f90002000075e801d031c901f0bb010000008904248db5393000008d74260089f031d2f7f38d14"
          + "5201d001c889c2c1e20531d089c1c1f90301c189f0c1e00529f08d34184381fbd007000075d28b34"
          + "244501ce83fd140f85c3feffffb80100000089f3cd80ebfe8db42600000000904131c08934850030"
          + "000081f9000200000f852affffffe95effffff";

  static {
    ROUNDS_OFFSET = TEXT.indexOf("83fd14") / 2 + 2;
  }

  private BenchmarkProgram() {}
}
