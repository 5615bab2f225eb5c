/* The IPC trap (int 0x21: EAX SENDREC, EBX endpoint, ECX message) and the call helper. */
#include "libc.h"

#define STRING(x) #x
#define VECTOR(x) STRING(x)

int _sendrec(int endpoint, message *m) {
  int result;
  __asm__ volatile("int $" VECTOR(IPC_TRAP_VECTOR)
                   : "=a"(result)
                   : "a"(IPC_SENDREC), "b"(endpoint), "c"(m)
                   : "memory", "cc");
  return result;
}

int _syscall(int endpoint, int type, message *m) {
  m->m_type = type;
  int result = _sendrec(endpoint, m);
  if (result < 0) {
    errno = -result;
    return -1;
  }
  if (m->m_type < 0) {
    errno = -m->m_type;
    return -1;
  }
  return m->m_type;
}
