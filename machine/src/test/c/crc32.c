/* CRC-32 (IEEE), bitwise and table-driven, over generated data. */
#include "runtime.h"

static uint32_t table[256];
static unsigned char data[20000];

static uint32_t crc_bitwise(const unsigned char *bytes, size_t length) {
  uint32_t crc = 0xFFFFFFFFu;
  while (length--) {
    crc ^= *bytes++;
    for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
  }
  return ~crc;
}

static uint32_t crc_table(const unsigned char *bytes, size_t length) {
  uint32_t crc = 0xFFFFFFFFu;
  while (length--) crc = table[(crc ^ *bytes++) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

int main(int argc, char **argv) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  for (int i = 0; i < 20000; i++) data[i] = (unsigned char)(i * 7 + (i >> 3));
  print_text("crc32: \"123456789\" ");
  print_hex(crc_table((const unsigned char *)"123456789", 9));
  print_text(" data ");
  print_hex(crc_table(data, sizeof data));
  print_text(" bitwise ");
  print_hex(crc_bitwise(data, sizeof data));
  print_line();
  return 0;
}
