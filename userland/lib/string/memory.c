/* mem*: byte loops, word-at-a-time where both sides are aligned. */
#include <string.h>
#include <strings.h>

void *memcpy(void *dest, const void *src, size_t n) {
  unsigned char *d = dest;
  const unsigned char *s = src;
  if ((((unsigned int)d | (unsigned int)s) & 3) == 0) {
    while (n >= 4) {
      *(unsigned int *)d = *(const unsigned int *)s;
      d += 4;
      s += 4;
      n -= 4;
    }
  }
  while (n-- > 0) {
    *d++ = *s++;
  }
  return dest;
}

void *memmove(void *dest, const void *src, size_t n) {
  unsigned char *d = dest;
  const unsigned char *s = src;
  if (d == s || n == 0) {
    return dest;
  }
  if (d < s || d >= s + n) {
    return memcpy(dest, src, n);
  }
  d += n;
  s += n;
  while (n-- > 0) {
    *--d = *--s;
  }
  return dest;
}

void *memset(void *s, int c, size_t n) {
  unsigned char *p = s;
  unsigned char byte = (unsigned char)c;
  while (n > 0 && ((unsigned int)p & 3) != 0) {
    *p++ = byte;
    n--;
  }
  unsigned int word = byte * 0x01010101u;
  while (n >= 4) {
    *(unsigned int *)p = word;
    p += 4;
    n -= 4;
  }
  while (n-- > 0) {
    *p++ = byte;
  }
  return s;
}

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  for (; n > 0; n--, x++, y++) {
    if (*x != *y) {
      return *x - *y;
    }
  }
  return 0;
}

void *memchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  for (; n > 0; n--, p++) {
    if (*p == (unsigned char)c) {
      return (void *)p;
    }
  }
  return NULL;
}

void *memrchr(const void *s, int c, size_t n) {
  const unsigned char *p = (const unsigned char *)s + n;
  while (n-- > 0) {
    if (*--p == (unsigned char)c) {
      return (void *)p;
    }
  }
  return NULL;
}

void *memccpy(void *dest, const void *src, int c, size_t n) {
  unsigned char *d = dest;
  const unsigned char *s = src;
  for (; n > 0; n--) {
    if ((*d++ = *s++) == (unsigned char)c) {
      return d;
    }
  }
  return NULL;
}

void bzero(void *s, size_t n) {
  memset(s, 0, n);
}

void bcopy(const void *src, void *dest, size_t n) {
  memmove(dest, src, n);
}

int bcmp(const void *a, const void *b, size_t n) {
  return memcmp(a, b, n);
}
