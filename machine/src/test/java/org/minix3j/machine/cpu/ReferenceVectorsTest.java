package org.minix3j.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Register and flag results checked against a reference: each vector is one instruction
 * (assembled with {@code as --32}) run from the given EAX, EBX, ECX, EDX and EFLAGS, with the
 * EAX, EBX, ECX, EDX and arithmetic flags that QEMU 7.2 ({@code qemu-i386-static}) produced for
 * the same program. Flags the SDM leaves undefined ({@link UndefinedFlags}) are not compared.
 * Covers the ALU, INC/DEC/NEG/NOT, MUL/IMUL/DIV/IDIV, shifts and rotates, SHLD/SHRD, bit tests
 * and scans, decimal adjust, conversions, SETcc/CMOVcc and XADD/CMPXCHG in 8, 16 and 32 bits.
 */
class ReferenceVectorsTest {
  /** bytes eax ebx ecx edx eflags -> eax ebx ecx edx eflags | source. */
  private static final String VECTORS =
      """
01d8 80 1 11 1 81 81 1 11 1 4 | add eax, ebx
01d8 1f 907a70c3 1f 1f 41 907a70e2 907a70c3 1f 1f 94 | add eax, ebx
01d8 ffff fe3b890b 10 e3151288 85 fe3c890a fe3b890b 10 e3151288 94 | add eax, ebx
11d8 c215a82a fa7f0eab 1 84b5a818 801 bc94b6d6 fa7f0eab 1 84b5a818 91 | adc eax, ebx
11d8 7fff 7fffffff 10 9c3a23cd 8d4 80007ffe 7fffffff 10 9c3a23cd 890 | adc eax, ebx
11d8 100 3606defc 8 7fff 45 3606dffd 3606defc 8 7fff 0 | adc eax, ebx
29d8 fffffffe 67601367 f 2 1 989fec97 67601367 f 2 80 | sub eax, ebx
29d8 16e6fec3 ff 1 a26aa0ae 45 16e6fdc4 ff 1 a26aa0ae 10 | sub eax, ebx
29d8 fffffffe 8bc08311 f b00fd7bb 884 743f7ced 8bc08311 f b00fd7bb 4 | sub eax, ebx
19d8 7d42646f 12345678 1 e5d9fe81 8d0 6b0e0df7 12345678 1 e5d9fe81 0 | sbb eax, ebx
19d8 f0f0f0f 10 10 7f 54 f0f0eff 10 10 7f 4 | sbb eax, ebx
19d8 7fffffff 7fffffff 9 ffffffff 801 ffffffff 7fffffff 9 ffffffff 95 | sbb eax, ebx
21d8 203943f6 877b55cb a1 17b4834c 8c4 3941c2 877b55cb a1 17b4834c 0 | and eax, ebx
21d8 15c2c81a a1fb43b 0 1 0 2801a a1fb43b 0 1 0 | and eax, ebx
21d8 3a0ea6e1 7fffffff f 32b558fd c4 3a0ea6e1 7fffffff f 32b558fd 4 | and eax, ebx
09d8 f178d77f 7fff 10 f4337bd1 850 f178ffff 7fff 10 f4337bd1 84 | or eax, ebx
09d8 2 fffffffe 21 7fff 885 fffffffe fffffffe 21 7fff 80 | or eax, ebx
09d8 ffff 1 1f 31b4932c 891 ffff 1 1f 31b4932c 4 | or eax, ebx
31d8 21 e4219307 20 9efd55d2 890 e4219326 e4219307 20 9efd55d2 80 | xor eax, ebx
31d8 7260ca26 2dc378f2 0 771c23e1 8c4 5fa3b2d4 2dc378f2 0 771c23e1 4 | xor eax, ebx
31d8 ee3ab808 80000000 9c 21 1 6e3ab808 80000000 9c 21 0 | xor eax, ebx
39d8 983fd973 7199e0b3 11 ff 894 983fd973 7199e0b3 11 ff 804 | cmp eax, ebx
39d8 149a3e17 73d63426 7 7fff 8d0 149a3e17 73d63426 7 7fff 81 | cmp eax, ebx
39d8 4ec8c223 643d79f1 1f 2bea714d 14 4ec8c223 643d79f1 1f 2bea714d 81 | cmp eax, ebx
85d8 a0c02a35 7f f 160f6d6e 844 a0c02a35 7f f 160f6d6e 4 | test eax, ebx
85d8 4479c074 21 21 b92101a2 54 4479c074 21 21 b92101a2 0 | test eax, ebx
85d8 6e1656d0 96619afb 20 aafb3717 95 6e1656d0 96619afb 20 aafb3717 0 | test eax, ebx
0fc1d8 ffff a64cadd5 20 7fff 855 a64dadd4 ffff 20 7fff 94 | xadd eax, ebx
0fc1d8 21 80 7 58b08f1f d0 a1 21 7 58b08f1f 0 | xadd eax, ebx
0fc1d8 7fffffff 20 20 5ffd3d40 95 8000001f 7fffffff 20 5ffd3d40 880 | xadd eax, ebx
0fb1d8 fffffffe 0 1f e9f0ef41 844 0 0 1f e9f0ef41 44 | cmpxchg eax, ebx
0fb1d8 20 ff 0 b6ab58ca d0 ff ff 0 b6ab58ca 44 | cmpxchg eax, ebx
0fb1d8 1 a6a476a3 b4 de9b5dec 815 a6a476a3 a6a476a3 b4 de9b5dec 44 | cmpxchg eax, ebx
40 20 8000 1 20 804 21 8000 1 20 4 | inc eax
40 5ef4078e fde11576 7 8000 c1 5ef4078f fde11576 7 8000 1 | inc eax
40 21 e3825693 2 7f 851 22 e3825693 2 7f 5 | inc eax
48 0 f0f0f0f 20 20 40 ffffffff f0f0f0f 20 20 94 | dec eax
48 39445629 2afa3645 8 f4921539 1 39445628 2afa3645 8 f4921539 5 | dec eax
48 868ebb8e 1 9 7fffffff 40 868ebb8d 1 9 7fffffff 84 | dec eax
f7d8 7fffffff ffff 7 0 90 80000001 ffff 7 0 91 | neg eax
f7d8 7f7545c0 20 f df6d487a 891 808aba40 20 f df6d487a 81 | neg eax
f7d8 1f 89db1c3f f ba243b69 845 ffffffe1 89db1c3f f ba243b69 95 | neg eax
f7d0 20 7fff 8 7f 95 ffffffdf 7fff 8 7f 95 | not eax
f7d0 acc6e787 38ad8f8f 8 7c00f4ae 40 53391878 38ad8f8f 8 7c00f4ae 40 | not eax
f7d0 80000000 ffffffff 20 4c18d04f 855 7fffffff ffffffff 20 4c18d04f 855 | not eax
f7e3 0 ffff 0 9b7db9c3 800 0 ffff 0 0 44 | mul ebx
f7e3 c73b72f3 100 21 42ddd793 811 3b72f300 100 21 c7 805 | mul ebx
f7e3 d4c79ec8 ffff 9 1 c1 ca006138 ffff 9 d4c6 881 | mul ebx
f7eb 1 6bd44acd 9 ff 0 6bd44acd 6bd44acd 9 0 0 | imul ebx
f7eb 7fffffff a23d3955 7 72853369 85 ddc2c6ab a23d3955 7 d11e9caa 881 | imul ebx
f7eb b6f05dd4 f2b5fefd 20 83e14710 8d1 7891284 f2b5fefd 20 3caea0b 805 | imul ebx
d3e0 5c6611ff 100 2 361d0299 845 719847fc 100 2 361d0299 805 | shl eax, cl
d3e0 df547919 fffffffe 1f ffff 805 80000000 fffffffe 1f ffff 884 | shl eax, cl
d3e0 8d200f6a f73fd3aa 1 2 895 1a401ed4 f73fd3aa 1 2 805 | shl eax, cl
d1e0 c3683031 ffff a6 74025c14 8c0 86d06062 ffff a6 74025c14 81 | shl eax, 1
d1e0 3e1a14f2 f0f0f0f 20 ffffffff 890 7c3429e4 f0f0f0f 20 ffffffff 4 | shl eax, 1
d1e0 0 7fff 9 f4f2b7a0 8c4 0 7fff 9 f4f2b7a0 44 | shl eax, 1
d3e8 80 ffffffff f 0 8d4 0 ffffffff f 0 44 | shr eax, cl
d3e8 60fb5ff8 2 11 ad5d2966 41 307d 2 11 ad5d2966 5 | shr eax, cl
d3e8 73eb085e 46674b28 8 7f 8d1 73eb08 46674b28 8 7f 0 | shr eax, cl
d1e8 3f6082d 2 d9 e14c998 51 1fb0416 2 d9 e14c998 1 | shr eax, 1
d1e8 ffffffff db4cd6f7 8 1 c1 7fffffff db4cd6f7 8 1 805 | shr eax, 1
d1e8 7f8b25fd ffff 7 25518b0e 885 3fc592fe ffff 7 25518b0e 1 | shr eax, 1
d3f8 1cea7e6a 9878f66b 10 10 91 1cea 9878f66b 10 10 0 | sar eax, cl
d3f8 1f 80 7 8075b95f 880 0 80 7 8075b95f 44 | sar eax, cl
d3f8 2ecc39e9 fffffffe f 7fff 84 5d98 fffffffe f 7fff 0 | sar eax, cl
d1f8 ffffffff 9e88e4c0 8 8000 55 ffffffff 9e88e4c0 8 8000 85 | sar eax, 1
d1f8 7fff 8000 9 1f 8d1 3fff 8000 9 1f 5 | sar eax, 1
d1f8 100 93a6f289 0 20 8d4 80 93a6f289 0 20 0 | sar eax, 1
d3c0 2a79c91c f7a09efe 20 c64cd670 8c0 2a79c91c f7a09efe 20 c64cd670 8c0 | rol eax, cl
d3c0 e5f9683e 1 20 219b7cdb 10 e5f9683e 1 20 219b7cdb 10 | rol eax, cl
d3c0 5710dec5 87db79c1 7 d20aa558 54 886f62ab 87db79c1 7 d20aa558 55 | rol eax, cl
d1c0 316e09bc f2000111 11 b9c9855e d4 62dc1378 f2000111 11 b9c9855e d4 | rol eax, 1
d1c0 20 a2e9b4ae 21 2 895 40 a2e9b4ae 21 2 94 | rol eax, 1
d1c0 eb55e7da 1 10 7f 40 d6abcfb5 1 10 7f 41 | rol eax, 1
d3c8 7422ab1 7f 10 a76dbc56 91 2ab10742 7f 10 a76dbc56 90 | ror eax, cl
d3c8 10 1f f b09679de 8c4 200000 1f f b09679de c4 | ror eax, cl
d3c8 80000000 1f 21 82a159ad c4 40000000 1f 21 82a159ad 8c4 | ror eax, cl
d1c8 8000 f0f0f0f 9 10 8c0 4000 f0f0f0f 9 10 c0 | ror eax, 1
d1c8 83c0aaae a4c092c0 20 7fff 8d0 41e05557 a4c092c0 20 7fff 8d0 | ror eax, 1
d1c8 365761d1 3764b7d9 10 12345678 11 9b2bb0e8 3764b7d9 10 12345678 811 | ror eax, 1
d3d0 7fffffff b589130d 20 7fffffff 814 7fffffff b589130d 20 7fffffff 814 | rcl eax, cl
d3d0 6fed9708 f0f0f0f 0 29333de1 8d0 6fed9708 f0f0f0f 0 29333de1 8d0 | rcl eax, cl
d3d0 2 f84f541c 2 10 84 8 f84f541c 2 10 84 | rcl eax, cl
d1d0 100 10 11 f0f0f0f 8c1 201 10 11 f0f0f0f c0 | rcl eax, 1
d1d0 2 a9185c36 9 25137cda d5 5 a9185c36 9 25137cda d4 | rcl eax, 1
d1d0 212fc8f0 ea5f1586 10 8356e55e 94 425f91e0 ea5f1586 10 8356e55e 94 | rcl eax, 1
d3d8 21 1 10 f0f0f0f 815 430000 1 10 f0f0f0f 14 | rcr eax, cl
d3d8 20 80 1 d206817e d0 10 80 1 d206817e d0 | rcr eax, cl
d3d8 e60ee510 b6667f60 7 80 804 41cc1dca b6667f60 7 80 804 | rcr eax, cl
d1d8 771d51f3 9294142b 0 ba7c6357 80 3b8ea8f9 9294142b 0 ba7c6357 81 | rcr eax, 1
d1d8 10 598f1181 11 a3a09aa9 880 8 598f1181 11 a3a09aa9 80 | rcr eax, 1
d1d8 a34a2ef dbcdb237 f ff c1 851a5177 dbcdb237 f ff 8c1 | rcr eax, 1
f7f3 7c27 8bc853d7 8 0 894 0 8bc853d7 8 7c27 894 | div ebx
f7f3 5678 18facecf 10 0 851 0 18facecf 10 5678 851 | div ebx
f7f3 7dc6 60633b5d 7 0 5 0 60633b5d 7 7dc6 5 | div ebx
f7fb 24eb 7f 2 0 d0 4a 7f 2 35 d0 | idiv ebx
f7fb 21 ffff 21 0 c0 0 ffff 21 21 c0 | idiv ebx
f7fb 2bca 101 2 0 855 2b 101 2 9f 855 | idiv ebx
0fafc3 32be362b 2 9 2 810 657c6c56 2 9 2 4 | imul eax, ebx
0fafc3 12345678 12345678 21 19d9547a 90 1df4d840 12345678 21 19d9547a 801 | imul eax, ebx
0fafc3 f9eebce1 ca189e96 b7 7fffffff 8d0 98d89d6 ca189e96 b7 7fffffff 801 | imul eax, ebx
6bc34d 80000000 45d5bb88 0 1 55 14967e8 45d5bb88 0 1 805 | imul eax, ebx, 77
6bc34d ff 6d5e7b01 7 5fe8e328 45 e56aff4d 6d5e7b01 7 5fe8e328 885 | imul eax, ebx, 77
6bc34d 12345678 fffffffe 9 1db26492 15 ffffff66 fffffffe 9 1db26492 84 | imul eax, ebx, 77
6bc3fd 521c00b6 acfa91b5 10 100 891 f9104ae1 acfa91b5 10 100 885 | imul eax, ebx, -3
6bc3fd c0ccaa47 7e5bbb25 11 1 884 84ecce91 7e5bbb25 11 1 881 | imul eax, ebx, -3
6bc3fd 70b032c7 f8820e47 11 1 8d0 1679d52b f8820e47 11 1 4 | imul eax, ebx, -3
0fbcc3 20 708e498c 11 447e39e c5 2 708e498c 11 447e39e 0 | bsf eax, ebx
0fbcc3 434ccd91 8000 8 80000000 885 f 8000 8 80000000 4 | bsf eax, ebx
0fbcc3 1f 1e4f77d3 20 6e4ffdff c5 0 1e4f77d3 20 6e4ffdff 0 | bsf eax, ebx
0fbdc3 4f304b2 5d35b0b9 20 0 90 1e 5d35b0b9 20 0 0 | bsr eax, ebx
0fbdc3 20 ffff 1f 8000 14 f ffff 1f 8000 4 | bsr eax, ebx
0fbdc3 7f 10 f f543b034 90 4 10 f f543b034 0 | bsr eax, ebx
0fa3d8 ffffffff 2 1f a0d3db35 891 ffffffff 2 1f a0d3db35 891 | bt eax, ebx
0fa3d8 20ae0802 100 20 7fffffff 51 20ae0802 100 20 7fffffff 50 | bt eax, ebx
0fa3d8 7d68eab8 f7526c08 1 7fffffff 855 7d68eab8 f7526c08 1 7fffffff 854 | bt eax, ebx
0fabd8 0 1f 21 2 5 80000000 1f 21 2 4 | bts eax, ebx
0fabd8 ffffffff d94d4254 1f 8000 1 ffffffff d94d4254 1f 8000 1 | bts eax, ebx
0fabd8 20 b6d82a83 58 b30b76ed 40 28 b6d82a83 58 b30b76ed 40 | bts eax, ebx
0fb3d8 20 fd8ef4d0 9 f0f0f0f 0 20 fd8ef4d0 9 f0f0f0f 0 | btr eax, ebx
0fb3d8 fffffffe 1 10 ffffffff 10 fffffffc 1 10 ffffffff 11 | btr eax, ebx
0fb3d8 5998e513 7a4835d8 9 eba52eb7 804 5898e513 7a4835d8 9 eba52eb7 805 | btr eax, ebx
0fbbd8 21 8fcfd4ea 10 80 d1 421 8fcfd4ea 10 80 d0 | btc eax, ebx
0fbbd8 260b308b 2066d4c3 7 7861189f 850 260b3083 2066d4c3 7 7861189f 851 | btc eax, ebx
0fbbd8 30036c02 2 9 302ecc7d 8d4 30036c06 2 9 302ecc7d 8d4 | btc eax, ebx
0fa5d8 fa59716b bb56d859 10 7fffffff 94 716bbb56 bb56d859 10 7fffffff 805 | shld eax, ebx, cl
0fa5d8 12345678 7f 0 26bdc505 d1 12345678 7f 0 26bdc505 d1 | shld eax, ebx, cl
0fa5d8 fffffffe 7f 7 20 0 ffffff00 7f 7 20 85 | shld eax, ebx, cl
0fadd8 92997611 ff 8 d271fd54 8d0 ff929976 ff 8 d271fd54 880 | shrd eax, ebx, cl
0fadd8 ff 56f70527 8 dd96661b d4 27000000 56f70527 8 dd96661b 5 | shrd eax, ebx, cl
0fadd8 80 12345678 2 80 5 20 12345678 2 80 0 | shrd eax, ebx, cl
0fbae005 8000 7fff 9 c8984873 d5 8000 7fff 9 c8984873 d4 | bt eax, 5
0fbae005 71d98a8c d696051b 11 ffff 8c0 71d98a8c d696051b 11 ffff 8c0 | bt eax, 5
0fbae005 10 da83d2dd 10 8000 8c0 10 da83d2dd 10 8000 8c0 | bt eax, 5
0fbaf80d 12345678 fffffffe 1f 0 94 12347678 fffffffe 1f 0 94 | btc eax, 13
0fbaf80d 7fffffff ef3be56e 29 ff 45 7fffdfff ef3be56e 29 ff 45 | btc eax, 13
0fbaf80d 7e9ca5fd 80 7 54c36efa 85 7e9c85fd 80 7 54c36efa 85 | btc eax, 13
6601d8 1503d296 7fff 2 6433c707 11 15035295 7fff 2 6433c707 15 | add ax, bx
6601d8 9da37844 1 2 877da670 814 9da37845 1 2 877da670 0 | add ax, bx
6601d8 100 8000 7 fffffffe 891 8100 8000 7 fffffffe 84 | add ax, bx
6611d8 d6f3502b 2989d372 20 cd0eb678 894 d6f3239d 2989d372 20 cd0eb678 1 | adc ax, bx
6611d8 1f 4c78bf8a 10 ff 94 bfa9 4c78bf8a 10 ff 94 | adc ax, bx
6611d8 88cb7e3c 9088a096 21 f0f0f0f c4 88cb1ed2 9088a096 21 f0f0f0f 15 | adc ax, bx
6629d8 8000 672efd3d 3 2 8c4 82c3 672efd3d 3 2 95 | sub ax, bx
6629d8 8e5a3a6b f8006fab 9 cd8432b9 d5 8e5acac0 f8006fab 9 cd8432b9 85 | sub ax, bx
6629d8 5b5cd438 1 7 dafea53e 14 5b5cd437 1 7 dafea53e 80 | sub ax, bx
6619d8 b4fc1d4 2 8b 2 81 b4fc1d1 2 8b 2 84 | sbb ax, bx
6619d8 ff d583ad98 21 1f 845 5366 d583ad98 21 1f 5 | sbb ax, bx
6619d8 d5bf6aea 7e128e13 f 5b4b562 800 d5bfdcd7 7e128e13 f 5b4b562 885 | sbb ax, bx
6621d8 ca648797 80000000 7 1f 8c0 ca640000 80000000 7 1f 44 | and ax, bx
6621d8 15d99324 6e9d7c3f 0 23340ad1 84 15d91024 6e9d7c3f 0 23340ad1 4 | and ax, bx
6621d8 6bfe59ed 7f 2 ff 94 6bfe006d 7f 2 ff 0 | and ax, bx
6609d8 98ed070 10 0 9460fdf2 4 98ed070 10 0 9460fdf2 80 | or ax, bx
6609d8 f0f0f0f 7f 67 76bde92c 11 f0f0f7f 7f 67 76bde92c 0 | or ax, bx
6609d8 20a62f1f 20 1 fffffffe 4 20a62f3f 20 1 fffffffe 4 | or ax, bx
6631d8 47156316 ffffffff 10 aac2efcd 11 47159ce9 ffffffff 10 aac2efcd 80 | xor ax, bx
6631d8 e511b36f 10 2 7fff 50 e511b37f 10 2 7fff 80 | xor ax, bx
6631d8 12345678 5d1302e1 0 4441b157 8c4 12345499 5d1302e1 0 4441b157 4 | xor ax, bx
6639d8 5703cdf6 7fffffff 21 227a152c 4 5703cdf6 7fffffff 21 227a152c 91 | cmp ax, bx
6639d8 f6167ff9 1b776136 1f c6ce0ee5 c5 f6167ff9 1b776136 1f c6ce0ee5 4 | cmp ax, bx
6639d8 ec56c1f5 7f 1 e111721a 8d1 ec56c1f5 7f 1 e111721a 90 | cmp ax, bx
6685d8 80000000 1 9 aa500962 51 80000000 1 9 aa500962 44 | test ax, bx
6685d8 fc48eb1a 2e020a0e 7 1f 5 fc48eb1a 2e020a0e 7 1f 4 | test ax, bx
6685d8 af0f9078 8000 10 12345678 815 af0f9078 8000 10 12345678 84 | test ax, bx
660fc1d8 0 ff 8 8679f85c 810 ff 0 8 8679f85c 4 | xadd ax, bx
660fc1d8 7f 10 93 bc856136 50 8f 7f 93 bc856136 0 | xadd ax, bx
660fc1d8 ac3b9577 f2636677 10 2 8d0 ac3bfbee f2639577 10 2 84 | xadd ax, bx
660fb1d8 50f605f8 7fffffff 7 7fffffff 40 50f6ffff 7fffffff 7 7fffffff 44 | cmpxchg ax, bx
660fb1d8 0 f0f0f0f 2 6e765a60 8c0 f0f f0f0f0f 2 6e765a60 44 | cmpxchg ax, bx
660fb1d8 12345678 3ad89b9d 9 ffffffff 855 12349b9d 3ad89b9d 9 ffffffff 44 | cmpxchg ax, bx
6640 d15a76ba 100 10 7fff 11 d15a76bb 100 10 7fff 5 | inc ax
6640 100 df0e6de 8 486a586e 41 101 df0e6de 8 486a586e 1 | inc ax
6640 ffff 526f3405 0 ff93ed21 85 0 526f3405 0 ff93ed21 55 | inc ax
6648 12345678 f0f0f0f 7 de123810 895 12345677 f0f0f0f 7 de123810 5 | dec ax
6648 49e88751 7fffffff f f85511c 44 49e88750 7fffffff f f85511c 84 | dec ax
6648 6a23deb4 8c74a523 f 6b69659e 1 6a23deb3 8c74a523 f 6b69659e 81 | dec ax
66f7d8 478b4031 12345678 7 f0f0f0f 885 478bbfcf 12345678 7 f0f0f0f 95 | neg ax
66f7d8 74c4815e 7f 1f 20 4 74c47ea2 7f 1f 20 11 | neg ax
66f7d8 133351e ffffffff 2 ff 8d1 133cae2 ffffffff 2 ff 95 | neg ax
66f7d0 5084f052 2 1f 21 54 50840fad 2 1f 21 54 | not ax
66f7d0 3245e501 74f35987 1 ffff 84 32451afe 74f35987 1 ffff 84 | not ax
66f7d0 ee205ea9 12345678 8 1 51 ee20a156 12345678 8 1 51 | not ax
66f7e3 abcd9025 aeef9d4e 1 0 91 abcd9c46 aeef9d4e 1 5892 881 | mul bx
66f7e3 7157ecb9 20 0 31804a2a 41 71579720 20 0 3180001d 881 | mul bx
66f7e3 7fff 1f 11 100 11 7fe1 1f 11 f 805 | mul bx
66f7eb a5c0393 20ac486a 21 7fffffff c5 a5cd2de 20ac486a 21 7fff0102 885 | imul bx
66f7eb 80 1 f 7fffffff 815 80 1 f 7fff0000 0 | imul bx
66f7eb 1 f0f0f0f 1f ffff 841 f0f f0f0f0f 1f 0 4 | imul bx
66d3e0 4a70d755 74177b75 b4 af0173d0 884 4a700000 74177b75 b4 af0173d0 44 | shl ax, cl
66d3e0 ffff 0 10 8c0e6df8 841 0 0 10 8c0e6df8 845 | shl ax, cl
66d3e0 20 de00a50f 7 12345678 55 1000 de00a50f 7 12345678 4 | shl ax, cl
66d1e0 7de390ba 7fff 10 7fff 10 7de32174 7fff 10 7fff 805 | shl ax, 1
66d1e0 3a03bd51 384dd635 1f 80 14 3a037aa2 384dd635 1f 80 801 | shl ax, 1
66d1e0 1 ebae1296 2 ffff 8d5 2 ebae1296 2 ffff 0 | shl ax, 1
66d3e8 338b7549 584051f3 89 9711ee63 95 338b003a 584051f3 89 9711ee63 5 | shr ax, cl
66d3e8 12345678 0 1f b8c32ea8 8d4 12340000 0 1f b8c32ea8 44 | shr ax, cl
66d3e8 adb6e1cb 7f 2 100 81 adb63872 7f 2 100 5 | shr ax, cl
66d1e8 1ef0e6e9 c684e7f9 2 7fff 8d0 1ef07374 c684e7f9 2 7fff 805 | shr ax, 1
66d1e8 9760b499 9a0795 8 21 45 97605a4c 9a0795 8 21 801 | shr ax, 1
66d1e8 10 20 1f 1 811 8 20 1f 1 0 | shr ax, 1
66d3f8 afe10b23 7e9f6679 11 80000000 1 afe10000 7e9f6679 11 80000000 44 | sar ax, cl
66d3f8 80 b10bfc16 51 a3400da 85 0 b10bfc16 51 a3400da 44 | sar ax, cl
66d3f8 651bdc6e c61df08b 7 8000 815 651bffb8 c61df08b 7 8000 85 | sar ax, cl
66d1f8 12345678 f0f0f0f 8 10 811 12342b3c f0f0f0f 8 10 4 | sar ax, 1
66d1f8 2 1f f 10 840 1 1f f 10 0 | sar ax, 1
66d1f8 faf42ab6 7fffffff 1f 25ffeeaf 0 faf4155b 7fffffff 1f 25ffeeaf 0 | sar ax, 1
66d3c0 ca1ed0cb 96839a53 21 7fff 4 ca1ea197 96839a53 21 7fff 5 | rol ax, cl
66d3c0 260d6265 7fff 8 2 8c4 260d6562 7fff 8 2 c4 | rol ax, cl
66d3c0 2f22d538 5e02369d 21 2 845 2f22aa71 5e02369d 21 2 45 | rol ax, cl
66d1c0 5242f1aa f0f0f0f 20 534c74df 854 5242e355 f0f0f0f 20 534c74df 55 | rol ax, 1
66d1c0 f7dfda3 7da78d2 0 1 881 f7dfb47 7da78d2 0 1 81 | rol ax, 1
66d1c0 912c1443 d979669f 0 99e60304 895 912c2886 d979669f 0 99e60304 94 | rol ax, 1
66d3c8 0 ffffffff 21 f0f0f0f 810 0 ffffffff 21 f0f0f0f 10 | ror ax, cl
66d3c8 ff 80 48 1ad8d08a c0 ff00 80 48 1ad8d08a c1 | ror ax, cl
66d3c8 7fff 8ed25e9c 11 fd9b09a1 44 bfff 8ed25e9c 11 fd9b09a1 845 | ror ax, cl
66d1c8 5960dddb ffff 1 c65d5390 844 5960eeed ffff 1 c65d5390 45 | ror ax, 1
66d1c8 1 ffff 7 b7762435 850 8000 ffff 7 b7762435 851 | ror ax, 1
66d1c8 ffff ffffffff 1 98a33b 8c5 ffff ffffffff 1 98a33b c5 | ror ax, 1
66d3d0 ffffffff ee091ce1 7 88baecb0 d5 ffffffff ee091ce1 7 88baecb0 d5 | rcl ax, cl
66d3d0 fffffffe 863fcc5e 9 10 80 fffffcff 863fcc5e 9 10 81 | rcl ax, cl
66d3d0 3959f3bc 62f0286f 7 9ce0cdd6 8c5 3959de7c 62f0286f 7 9ce0cdd6 c5 | rcl ax, cl
66d1d0 ffff 7fffffff 8 7fff 854 fffe 7fffffff 8 7fff 55 | rcl ax, 1
66d1d0 c1ea09cf 32ba44bb 1 2 854 c1ea139e 32ba44bb 1 2 54 | rcl ax, 1
66d1d0 2 ffffffff 8 4c443c1f 885 5 ffffffff 8 4c443c1f 84 | rcl ax, 1
66d3d8 ec98319a f0f0f0f 0 12345678 894 ec98319a f0f0f0f 0 12345678 894 | rcr ax, cl
66d3d8 36767990 1f de f0f0f0f 8d0 36769903 1f de f0f0f0f 8d1 | rcr ax, cl
66d3d8 50d9306b f0f0f0f 28 f131b07b 814 50d9d630 f0f0f0f 28 f131b07b 814 | rcr ax, cl
66d1d8 22d452dc 10 7 ea413bb0 90 22d4296e 10 7 ea413bb0 90 | rcr ax, 1
66d1d8 356d47e6 b3c6cb32 10 2 855 356da3f3 b3c6cb32 10 2 854 | rcr ax, 1
66d1d8 5559b5bf 20 9 9e1a75f9 90 55595adf 20 9 9e1a75f9 891 | rcr ax, 1
66f7f3 f52 ffff 11 0 8c4 0 ffff 11 f52 8c4 | div bx
66f7f3 21 ea5b840f 1 0 85 0 ea5b840f 1 21 85 | div bx
66f7f3 0 1 1f 0 4 0 1 1f 0 4 | div bx
66f7fb 5bb4 8001 7 0 8c5 0 8001 7 5bb4 8c5 | idiv bx
66f7fb 7f 3 21 0 11 2a 3 21 1 11 | idiv bx
66f7fb 1 3 1f 0 891 0 3 1f 1 891 | idiv bx
660fafc3 d2cec8e7 80 7 5188adec 10 d2ce7380 80 7 5188adec 801 | imul ax, bx
660fafc3 24e80ca1 f5f86359 20 32e94401 81 24e8a6f9 f5f86359 20 32e94401 885 | imul ax, bx
660fafc3 1f bd3cdf6a 7 91dc15dd d4 dd6 bd3cdf6a 7 91dc15dd 801 | imul ax, bx
666bc34d 1c1ed840 1 11 a56a942f 8d0 1c1e004d 1 11 a56a942f 4 | imul ax, bx, 77
666bc34d 1 f0f0f0f 0 9eb75eee 51 8783 f0f0f0f 0 9eb75eee 881 | imul ax, bx, 77
666bc34d ff ff 3f df3b08e6 800 4cb3 ff 3f df3b08e6 0 | imul ax, bx, 77
666bc3fd 20 ffff 1f 1 881 3 ffff 1f 1 4 | imul ax, bx, -3
666bc3fd 1 f0f0f0f 20 ff 5 d2d3 f0f0f0f 20 ff 80 | imul ax, bx, -3
666bc3fd 39e3661c 2a8f3d25 21 eb61f6ee 85 39e34891 2a8f3d25 21 eb61f6ee 801 | imul ax, bx, -3
660fbcc3 ff f8745dcc 7 80000000 8d5 2 f8745dcc 7 80000000 4 | bsf ax, bx
660fbcc3 1 100 1 ab9f41d3 890 8 100 1 ab9f41d3 4 | bsf ax, bx
660fbcc3 8ab3c730 0 21 ff 804 8ab3c730 0 21 ff 44 | bsf ax, bx
660fbdc3 ffff 7fff f 9ee106d0 804 e 7fff f 9ee106d0 4 | bsr ax, bx
660fbdc3 1f 372e471c 0 f0f0f0f 805 e 372e471c 0 f0f0f0f 0 | bsr ax, bx
660fbdc3 5a5519ae 17025d17 0 7fff 885 5a55000e 17025d17 0 7fff 4 | bsr ax, bx
660fa3d8 80000000 20 20 44265225 895 80000000 20 20 44265225 894 | bt ax, bx
660fa3d8 214f85ff 7fff 10 f0f0f0f 45 214f85ff 7fff 10 f0f0f0f 45 | bt ax, bx
660fa3d8 80 99dbf760 7 cbcf1db5 85 80 99dbf760 7 cbcf1db5 84 | bt ax, bx
660fabd8 12345678 153d3770 17 6d6e59fa 885 12345679 153d3770 17 6d6e59fa 884 | bts ax, bx
660fabd8 100 4e2e47ff 20 6eef52bc 85 8100 4e2e47ff 20 6eef52bc 84 | bts ax, bx
660fabd8 bff10356 100 9 ffffffff 814 bff10357 100 9 ffffffff 814 | bts ax, bx
660fb3d8 86fefdb2 7ae3ef35 0 0 10 86fefd92 7ae3ef35 0 0 11 | btr ax, bx
660fb3d8 2 83d33d00 7 1f10aa34 4 2 83d33d00 7 1f10aa34 4 | btr ax, bx
660fb3d8 2 f141e42d 11 b633e841 844 2 f141e42d 11 b633e841 844 | btr ax, bx
660fbbd8 7fff afad08e3 10 725e1e9c 10 7ff7 afad08e3 10 725e1e9c 11 | btc ax, bx
660fbbd8 149fcd51 690f6251 0 9705f356 815 149fcd53 690f6251 0 9705f356 814 | btc ax, bx
660fbbd8 69d392f8 7fff 11 3b79b948 8d5 69d312f8 7fff 11 3b79b948 8d5 | btc ax, bx
660fa5d8 3c0f0bdc fffffffe f 80 0 3c0f7fff fffffffe f 80 4 | shld ax, bx, cl
660fa5d8 100 80 f 99159a0f 5 40 80 f 99159a0f 0 | shld ax, bx, cl
660fa5d8 3261353d c342d0d0 f 0 14 3261e868 c342d0d0 f 0 880 | shld ax, bx, cl
660fadd8 8fddd176 2010b6c6 20 c69dd3e9 45 8fddd176 2010b6c6 20 c69dd3e9 45 | shrd ax, bx, cl
660fadd8 0 72343783 10 7fffffff 55 3783 72343783 10 7fffffff 0 | shrd ax, bx, cl
660fadd8 100 b23f0525 10 6dbe986d 41 525 b23f0525 10 6dbe986d 0 | shrd ax, bx, cl
660fbae005 ff30ccf5 acf6cd0e 7 8664dce8 850 ff30ccf5 acf6cd0e 7 8664dce8 851 | bt ax, 5
660fbae005 e96e7d66 2 10 12345678 10 e96e7d66 2 10 12345678 11 | bt ax, 5
660fbae005 bd2fd611 10 2 9acf94f 800 bd2fd611 10 2 9acf94f 800 | bt ax, 5
660fbaf80d 1e2fc330 ff 10 cef51397 d0 1e2fe330 ff 10 cef51397 d0 | btc ax, 13
660fbaf80d dce50fdb 251d6e95 11 ab4d4c51 884 dce52fdb 251d6e95 11 ab4d4c51 884 | btc ax, 13
660fbaf80d d68af74 7fffffff 8 100 d0 d688f74 7fffffff 8 100 d1 | btc ax, 13
00d8 8000 ffff 9 868d053c 845 80ff ffff 9 868d053c 84 | add al, bl
00d8 7fff ac0666e1 66 80 c1 7fe0 ac0666e1 66 80 91 | add al, bl
00d8 fffffffe e0ea9cad 1f 100 854 ffffffab e0ea9cad 1f 100 91 | add al, bl
10d8 7fff 80 7 8000 5 7f80 80 7 8000 91 | adc al, bl
10d8 20 873f771e f d240326d 5 3f 873f771e f d240326d 4 | adc al, bl
10d8 ee80f13a f0f0f0f a0 80 90 ee80f149 f0f0f0f a0 80 10 | adc al, bl
28d8 fd3b32dd 877a2430 10 ffff 8d5 fd3b32ad 877a2430 10 ffff 80 | sub al, bl
28d8 40dbd97b 0 20 10 8d1 40dbd97b 0 20 10 4 | sub al, bl
28d8 a4a37c15 1 2 80000000 d0 a4a37c14 1 2 80000000 4 | sub al, bl
18d8 a28cec6c e4c239df f 6c7f3e2d 894 a28cec8d e4c239df f 6c7f3e2d 895 | sbb al, bl
18d8 b1673ea 8000 7 45f377f4 850 b1673ea 8000 7 45f377f4 80 | sbb al, bl
18d8 8b925511 80 20 fc45aa 5 8b925590 80 20 fc45aa 885 | sbb al, bl
20d8 1 7f 20 ff 885 1 7f 20 ff 0 | and al, bl
20d8 10 10 20 80 840 10 10 20 80 0 | and al, bl
20d8 10 ffffffff 1 ebe03ab6 95 10 ffffffff 1 ebe03ab6 0 | and al, bl
08d8 d874f2dc b48daf16 10 100 c5 d874f2de b48daf16 10 100 84 | or al, bl
08d8 0 f6721f4e 1f 100 880 4e f6721f4e 1f 100 4 | or al, bl
08d8 ff 238f3015 1f ffffffff 894 ff 238f3015 1f ffffffff 84 | or al, bl
30d8 9d3653b9 100 9 7fffffff c1 9d3653b9 100 9 7fffffff 80 | xor al, bl
30d8 10 ff 21 ffff 8d1 ef ff 21 ffff 80 | xor al, bl
30d8 0 69aec52c 31 20 84 2c 69aec52c 31 20 0 | xor al, bl
38d8 ffff ea2713e8 10 1e2c510e 8c0 ffff ea2713e8 10 1e2c510e 4 | cmp al, bl
38d8 8d6ef98 c0c03b2f 1 80000000 11 8d6ef98 c0c03b2f 1 80000000 814 | cmp al, bl
38d8 4fcd04f7 80000000 1 10 55 4fcd04f7 80000000 1 10 80 | cmp al, bl
84d8 10 7fffffff 2 80626f8 810 10 7fffffff 2 80626f8 0 | test al, bl
84d8 c21fcaa3 80000000 9 2 1 c21fcaa3 80000000 9 2 44 | test al, bl
84d8 ffffffff d1f6fa59 11 a1aa4a1b d5 ffffffff d1f6fa59 11 a1aa4a1b 4 | test al, bl
0fc0d8 74b50337 ff 1f 1f 4 74b50336 37 1f 1f 15 | xadd al, bl
0fc0d8 d28e21a3 ffff f f0f0f0f 894 d28e21a2 ffa3 f f0f0f0f 91 | xadd al, bl
0fc0d8 e52164aa 9b5eea5c 8 b44013ab 854 e5216406 9b5eeaaa 8 b44013ab 15 | xadd al, bl
0fb0d8 68e3b4b7 5268af5a a7 ffffffff 801 68e3b45a 5268af5a a7 ffffffff 44 | cmpxchg al, bl
0fb0d8 1f 50a9a82f f 2 c1 2f 50a9a82f f 2 44 | cmpxchg al, bl
0fb0d8 100 616a3b90 9 f15d656a 891 190 616a3b90 9 f15d656a 44 | cmpxchg al, bl
fec0 1f 55f5a054 10 37e9353b 844 20 55f5a054 10 37e9353b 10 | inc al
fec0 80 10 9 3c4decd9 841 81 10 9 3c4decd9 85 | inc al
fec0 cf5a25ae 825a9082 57 1 50 cf5a25af 825a9082 57 1 84 | inc al
fec8 2 acc0a7c7 10 0 41 1 acc0a7c7 10 0 1 | dec al
fec8 fffffffe b00dc939 20 d11ec77b 85 fffffffd b00dc939 20 d11ec77b 81 | dec al
fec8 e283dc5a f1835758 10 1fc6caa0 40 e283dc59 f1835758 10 1fc6caa0 4 | dec al
f6d8 ffff 1f 1f 7f 800 ff01 1f 1f 7f 11 | neg al
f6d8 12345678 fce9c268 8 ff96bf52 810 12345688 fce9c268 8 ff96bf52 95 | neg al
f6d8 80000000 1f8d9751 11 ffffffff 8d4 80000000 1f8d9751 11 ffffffff 44 | neg al
f6d0 f0f0f0f 0 21 ff 854 f0f0ff0 0 21 ff 854 | not al
f6d0 7fffffff ffffffff 21 6613b1ac d4 7fffff00 ffffffff 21 6613b1ac d4 | not al
f6d0 d792f231 8000 9 80000000 51 d792f2ce 8000 9 80000000 51 | not al
f6e3 ff 8000 7 7fffffff 51 0 8000 7 7fffffff 44 | mul bl
f6e3 ff 237ab3f5 11 100 0 f40b 237ab3f5 11 100 801 | mul bl
f6e3 100 a880e87c 1 4fa9316a 885 0 a880e87c 1 4fa9316a 44 | mul bl
f6eb ab510b3a 10 10 ffff 804 ab5103a0 10 10 ffff 885 | imul bl
f6eb d58931ae 8000 7 93200941 881 d5890000 8000 7 93200941 44 | imul bl
f6eb ffff 8000 7 0 90 0 8000 7 0 44 | imul bl
d2e0 5ec1073c ba0095ee 20 f96a899e 50 5ec1073c ba0095ee 20 f96a899e 50 | shl al, cl
d2e0 f285339e ff f 2c6e91bc 91 f2853300 ff f 2c6e91bc 44 | shl al, cl
d2e0 4c462bf2 1e76d4ce 20 ff 885 4c462bf2 1e76d4ce 20 ff 885 | shl al, cl
d0e0 7fffffff 21 11 fffffffe 845 7ffffffe 21 11 fffffffe 81 | shl al, 1
d0e0 80000000 1f f 1f 85 80000000 1f f 1f 44 | shl al, 1
d0e0 4ed75312 32ad9e77 20 fc2e5d23 805 4ed75324 32ad9e77 20 fc2e5d23 4 | shl al, 1
d2e8 0 1cea9a70 7 f0cc2068 4 0 1cea9a70 7 f0cc2068 44 | shr al, cl
d2e8 41a1644b b0900626 8e fffffffe c4 41a16400 b0900626 8e fffffffe 44 | shr al, cl
d2e8 db870ed1 ff 1f b488d3b 5 db870e00 ff 1f b488d3b 44 | shr al, cl
d0e8 80000000 10 0 78853f11 850 80000000 10 0 78853f11 44 | shr al, 1
d0e8 8000 73a82946 2 7770b5d5 c0 8000 73a82946 2 7770b5d5 44 | shr al, 1
d0e8 d842aab5 0 a5 b8596b46 14 d842aa5a 0 a5 b8596b46 805 | shr al, 1
d2f8 ffff f0aa0f9b 8 c82f806b 0 ffff f0aa0f9b 8 c82f806b 85 | sar al, cl
d2f8 2 1f 1 7fba181b 840 1 1f 1 7fba181b 0 | sar al, cl
d2f8 7fffffff 90ce6d44 1f ffff 841 7fffffff 90ce6d44 1f ffff 85 | sar al, cl
d0f8 20 92efc89b 10 5aaee353 801 10 92efc89b 10 5aaee353 0 | sar al, 1
d0f8 1bf732b8 10 f 85df2b39 40 1bf732dc 10 f 85df2b39 80 | sar al, 1
d0f8 8304b138 0 21 100 40 8304b11c 0 21 100 0 | sar al, 1
d2c0 2f6ff02d 10 1f 1ad0ef73 855 2f6ff096 10 1f 1ad0ef73 854 | rol al, cl
d2c0 a7532aa6 5b9b307d 9 af28417b 8c4 a7532a4d 5b9b307d 9 af28417b 8c5 | rol al, cl
d2c0 7fffffff 21 0 9dc97dbd 890 7fffffff 21 0 9dc97dbd 890 | rol al, cl
d0c0 8000 7ad2b15 f 20 55 8000 7ad2b15 f 20 54 | rol al, 1
d0c0 7fffffff 19211375 10 d7da1fa5 10 7fffffff 19211375 10 d7da1fa5 11 | rol al, 1
d0c0 20d9a3d6 1f 20 5225068b 54 20d9a3ad 1f 20 5225068b 55 | rol al, 1
d2c8 7fffffff ff 9 9692db11 81 7fffffff ff 9 9692db11 81 | ror al, cl
d2c8 e053b0dd 9ea797ce 1f 80000000 5 e053b0bb 9ea797ce 1f 80000000 805 | ror al, cl
d2c8 7f a0281d66 1f 5d5f83e d4 fe a0281d66 1f 5d5f83e d5 | ror al, cl
d0c8 0 57107fba 9 1f 54 0 57107fba 9 1f 54 | ror al, 1
d0c8 90bba160 4c083dea 20 ab31c76f 805 90bba130 4c083dea 20 ab31c76f 4 | ror al, 1
d0c8 730ace67 af0789dd f fffffffe 894 730aceb3 af0789dd f fffffffe 895 | ror al, 1
d2d0 6aa3dc3b bcc09343 1 0 885 6aa3dc77 bcc09343 1 0 84 | rcl al, cl
d2d0 ffff 1 10 6299416c 8d0 ffbf 1 10 6299416c d1 | rcl al, cl
d2d0 c3e2a77d fffffffe 1f 2eeedcf 895 c3e2a7db fffffffe 1f 2eeedcf 895 | rcl al, cl
d0d0 418dabea 7f1424f2 2 fb198656 94 418dabd4 7f1424f2 2 fb198656 95 | rcl al, 1
d0d0 c7245f08 12345678 2 7f 8d4 c7245f10 12345678 2 7f d4 | rcl al, 1
d0d0 732c70b0 ff 10 80000000 50 732c7060 ff 10 80000000 851 | rcl al, 1
d2d8 744c0eaa a2e92fb7 0 92ff2617 810 744c0eaa a2e92fb7 0 92ff2617 810 | rcr al, cl
d2d8 fffffffe ffff 10 b694ed5 c0 fffffff9 ffff 10 b694ed5 c1 | rcr al, cl
d2d8 0 5548e146 1 fad5289b 80 0 5548e146 1 fad5289b 80 | rcr al, cl
d0d8 97f1eccd 8ff222d7 10 e5359 894 97f1ec66 8ff222d7 10 e5359 895 | rcr al, 1
d0d8 bb5584ee 80 7 6ff43798 44 bb558477 80 7 6ff43798 844 | rcr al, 1
d0d8 dd9f7e1b c4c33bc9 9 82d911fc 884 dd9f7e0d c4c33bc9 9 82d911fc 85 | rcr al, 1
f6f3 10 11 10 0 881 1000 11 10 0 881 | div bl
f6f3 1 5f290803 7 0 851 100 5f290803 7 0 851 | div bl
f6f3 49 981602c1 f 0 851 4900 981602c1 f 0 851 | div bl
f6fb 57 ffff 20 0 54 a9 ffff 20 0 54 | idiv bl
f6fb 7f 7fff 2 0 c0 81 7fff 2 0 c0 | idiv bl
f6fb 7e 7fff 9 0 c1 82 7fff 9 0 c1 | idiv bl
27 ffff f0f0f0f 10 10 845 ff65 f0f0f0f 10 10 15 | daa
27 80000000 893184a8 20 fb6c3fbf 84 80000000 893184a8 20 fb6c3fbf 44 | daa
27 eb76a27a 80 10 0 850 eb76a280 80 10 0 90 | daa
2f 37db5930 561293eb 1f af08d6b c1 37db59d0 561293eb 1f af08d6b 81 | das
2f 2 3b05fc30 f 2992c8bd 0 2 3b05fc30 f 2992c8bd 0 | das
2f ad2af936 21 b9 7e1cd3e8 8c0 ad2af936 21 b9 7e1cd3e8 4 | das
37 21 18403435 8 78d101c7 855 107 18403435 8 78d101c7 855 | aaa
37 ffffffff 380da75a 2 ffffffff 850 ffff0105 380da75a 2 ffffffff 851 | aaa
37 2 80000000 11 0 845 2 80000000 11 0 844 | aaa
3f dc39c310 1aef2b07 7 21 0 dc39c300 1aef2b07 7 21 0 | aas
3f 20 e5b3f135 1 20 880 0 e5b3f135 1 20 880 | aas
3f fbe48207 bce89036 8 e559e119 8d5 fbe48101 bce89036 8 e559e119 8d5 | aas
d40a be1772a 7fff 8 7fffffff 844 be10402 7fff 8 7fffffff 0 | aam
d40a 7f 20 9 10 801 c07 20 9 10 0 | aam
d40a 15fabc3 7fff 1 120e44e8 854 15f1305 7fff 1 120e44e8 4 | aam
d50a 2e933611 2c5d4ccf 10 1abbd184 51 2e93002d 2c5d4ccf 10 1abbd184 4 | aad
d50a ff 1e06e9c5 0 7fff 8d5 ff 1e06e9c5 0 7fff 84 | aad
d50a 1 12345678 0 100 50 1 12345678 0 100 0 | aad
6698 7fff 100 21 fffffffe 884 ffff 100 21 fffffffe 884 | cbw
6698 ff 10 1 8828df28 5 ffff 10 1 8828df28 5 | cbw
6698 10 90c16eea 10 4fdfc10 95 10 90c16eea 10 4fdfc10 95 | cbw
98 9b6d5e03 ff 9 57f5634c 85 5e03 ff 9 57f5634c 85 | cwde
98 12345678 c64410a5 8 87e2432d 14 5678 c64410a5 8 87e2432d 14 | cwde
98 c42271c5 20 f ffffffff 8d5 71c5 20 f ffffffff 8d5 | cwde
6699 750ca57a ff 10 4d6ec974 8c5 750ca57a ff 10 4d6effff 8c5 | cwd
6699 6de286a6 8000 f ffffffff 894 6de286a6 8000 f ffffffff 894 | cwd
6699 2 7fff 1 b825447b 815 2 7fff 1 b8250000 815 | cwd
99 c4c2f66b 1 2 12345678 4 c4c2f66b 1 2 ffffffff 4 | cdq
99 b9253d33 7fffffff 1f 0 91 b9253d33 7fffffff 1f ffffffff 91 | cdq
99 8000 f0f0f0f 1f ffffffff c5 8000 f0f0f0f 1f 0 c5 | cdq
9f 100 1 7 10 c4 c600 1 7 10 c4 | lahf
9f 6eaa0b80 212d2513 9 b62c1c4e 14 6eaa1680 212d2513 9 b62c1c4e 14 | lahf
9f c99c669b 2577087a 0 10979ace 810 c99c129b 2577087a 0 10979ace 810 | lahf
9e 1f 8d247d00 0 fffffffe d1 1f 8d247d00 0 fffffffe 0 | sahf
9e d39f4c12 e276b994 8 5f313b26 15 d39f4c12 e276b994 8 5f313b26 44 | sahf
9e 4b63761c 7e7fd11b 1 106b1898 8d4 4b63761c 7e7fd11b 1 106b1898 854 | sahf
d6 2c837dd9 0 20 e60aba56 8d0 2c837d00 0 20 e60aba56 8d0 | .byte 0xd6
d6 80000000 7fffffff 20 10 844 80000000 7fffffff 20 10 844 | .byte 0xd6
d6 9c875fd5 ef29c23 8 ff 5 9c875fff ef29c23 8 ff 5 | .byte 0xd6
0fc8 f6d122dc 2bb0db61 51 cca96ed4 d0 dc22d1f6 2bb0db61 51 cca96ed4 d0 | bswap eax
0fc8 12345678 6591828e 0 c6b573b4 81 78563412 6591828e 0 c6b573b4 81 | bswap eax
0fc8 4524a3e5 43ff491a 20 f49f78c6 854 e5a32445 43ff491a 20 f49f78c6 854 | bswap eax
0fb6c3 12345678 1f 10 ffffffff 45 1f 1f 10 ffffffff 45 | movzx eax, bl
0fb6c3 21 be82e236 f fffffffe 0 36 be82e236 f fffffffe 0 | movzx eax, bl
0fb6c3 8000 a1777352 a2 f7f05b6 c4 52 a1777352 a2 f7f05b6 c4 | movzx eax, bl
0fbec3 1 f58641f6 1f a84cc932 41 fffffff6 f58641f6 1f a84cc932 41 | movsx eax, bl
0fbec3 8000 60e45370 1 6f83aa4d 885 70 60e45370 1 6f83aa4d 885 | movsx eax, bl
0fbec3 d1896337 3d0ccc01 20 ff 891 1 3d0ccc01 20 ff 891 | movsx eax, bl
0fbfc3 20 0 0 7fffffff 891 0 0 0 7fffffff 891 | movsx eax, bx
0fbfc3 2 7f f 70a38108 91 7f 7f f 70a38108 91 | movsx eax, bx
0fbfc3 bdccf409 f67f1987 10 172fe985 880 1987 f67f1987 10 172fe985 880 | movsx eax, bx
0f92c0 fffffffe f737ebd6 20 b2d7be3f 854 ffffff00 f737ebd6 20 b2d7be3f 854 | setc al
0f92c0 ffff 7f 20 90c011be 95 ff01 7f 20 90c011be 95 | setc al
0f92c0 21 b4bd7268 9 77ae3957 800 0 b4bd7268 9 77ae3957 800 | setc al
0f9fc0 ffff bf6c0f3 f1 7b0f8d99 0 ff01 bf6c0f3 f1 7b0f8d99 0 | setg al
0f9fc0 100 7fff 2 cdd00456 800 100 7fff 2 cdd00456 800 | setg al
0f9fc0 df150d1e ffffffff 9 100 8d1 df150d00 ffffffff 9 100 8d1 | setg al
0f96c0 b9e266e ff 0 2eae24bc 850 b9e2601 ff 0 2eae24bc 850 | setbe al
0f96c0 7fff ff 21 c05bde88 94 7f00 ff 21 c05bde88 94 | setbe al
0f96c0 5dd2b059 d3c86065 21 ffffffff 851 5dd2b001 d3c86065 21 ffffffff 851 | setbe al
0f4cc3 20 ffff 0 f1a9bfbb 891 20 ffff 0 f1a9bfbb 891 | cmovl eax, ebx
0f4cc3 fffffffe 12345678 9 ee85f66a 800 12345678 12345678 9 ee85f66a 800 | cmovl eax, ebx
0f4cc3 10 e680226c f 408367a8 45 10 e680226c f 408367a8 45 | cmovl eax, ebx
0f47c3 af0ba7eb ad2fcd9f 21 e0f19dbc 8d0 af0ba7eb ad2fcd9f 21 e0f19dbc 8d0 | cmova eax, ebx
0f47c3 20 12345678 11 34b0afeb 894 12345678 12345678 11 34b0afeb 894 | cmova eax, ebx
0f47c3 34dabfa1 bff1dd10 9 2 81 34dabfa1 bff1dd10 9 2 81 | cmova eax, ebx
f5 7fff f0f0f0f 9 b10a3cc9 c1 7fff f0f0f0f 9 b10a3cc9 c0 | cmc
f5 d2fe2f92 1 76 8000 84 d2fe2f92 1 76 8000 85 | cmc
f5 8000 12f4e996 10 100 810 8000 12f4e996 10 100 811 | cmc
""";

  @TestFactory
  List<DynamicTest> vectorsMatchTheReference() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : VECTORS.strip().split("\n", -1)) {
      int bar = line.indexOf('|');
      String source = line.substring(bar + 1).strip();
      String data = line.substring(0, bar).strip();
      String[] fields = data.split(" ", -1);
      tests.add(DynamicTest.dynamicTest(source + " [" + data + "]", () -> check(source, fields)));
    }
    return tests;
  }

  private static void check(String source, String[] fields) {
    CpuHarness h = new CpuHarness();
    int[] order = {RegisterFile.EAX, RegisterFile.EBX, RegisterFile.ECX, RegisterFile.EDX};
    for (int i = 0; i < 4; i++) {
      h.set(order[i], Integer.parseUnsignedInt(fields[1 + i], 16));
    }
    h.cpu.setEflags(Integer.parseUnsignedInt(fields[5], 16));
    h.run(fields[0]);
    for (int i = 0; i < 4; i++) {
      assertEquals(Integer.parseUnsignedInt(fields[6 + i], 16), h.reg(order[i]), "register " + i);
    }
    String mnemonic = source.split(" ", -1)[0];
    int compared = 0x8D5 & ~UndefinedFlags.forInstruction(mnemonic);
    assertEquals(
        Integer.toHexString(Integer.parseUnsignedInt(fields[10], 16) & compared),
        Integer.toHexString(h.flags() & compared),
        "flags");
  }
}
