/* str*: lengths, copies, comparisons, searches. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

size_t strlen(const char *s) {
  const char *p = s;
  while (*p != '\0') {
    p++;
  }
  return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t max) {
  size_t n = 0;
  while (n < max && s[n] != '\0') {
    n++;
  }
  return n;
}

char *strcpy(char *dest, const char *src) {
  char *d = dest;
  while ((*d++ = *src++) != '\0') {
  }
  return dest;
}

char *stpcpy(char *dest, const char *src) {
  while ((*dest = *src++) != '\0') {
    dest++;
  }
  return dest;
}

char *strncpy(char *dest, const char *src, size_t n) {
  size_t i = 0;
  for (; i < n && src[i] != '\0'; i++) {
    dest[i] = src[i];
  }
  for (; i < n; i++) {
    dest[i] = '\0';
  }
  return dest;
}

size_t strlcpy(char *dest, const char *src, size_t size) {
  size_t length = strlen(src);
  if (size > 0) {
    size_t n = length < size - 1 ? length : size - 1;
    memcpy(dest, src, n);
    dest[n] = '\0';
  }
  return length;
}

size_t strlcat(char *dest, const char *src, size_t size) {
  size_t used = strnlen(dest, size);
  if (used == size) {
    return size + strlen(src);
  }
  return used + strlcpy(dest + used, src, size - used);
}

char *strcat(char *dest, const char *src) {
  strcpy(dest + strlen(dest), src);
  return dest;
}

char *strncat(char *dest, const char *src, size_t n) {
  char *d = dest + strlen(dest);
  while (n-- > 0 && *src != '\0') {
    *d++ = *src++;
  }
  *d = '\0';
  return dest;
}

int strcmp(const char *a, const char *b) {
  while (*a != '\0' && *a == *b) {
    a++;
    b++;
  }
  return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n) {
  for (; n > 0; n--, a++, b++) {
    if (*a != *b || *a == '\0') {
      return (unsigned char)*a - (unsigned char)*b;
    }
  }
  return 0;
}

int strcoll(const char *a, const char *b) {
  return strcmp(a, b);
}

int strcasecmp(const char *a, const char *b) {
  for (;; a++, b++) {
    int x = tolower((unsigned char)*a), y = tolower((unsigned char)*b);
    if (x != y || x == '\0') {
      return x - y;
    }
  }
}

int strncasecmp(const char *a, const char *b, size_t n) {
  for (; n > 0; n--, a++, b++) {
    int x = tolower((unsigned char)*a), y = tolower((unsigned char)*b);
    if (x != y || x == '\0') {
      return x - y;
    }
  }
  return 0;
}

char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c) {
      return (char *)s;
    }
    if (*s == '\0') {
      return NULL;
    }
  }
}

char *strrchr(const char *s, int c) {
  const char *found = NULL;
  for (;; s++) {
    if (*s == (char)c) {
      found = s;
    }
    if (*s == '\0') {
      return (char *)found;
    }
  }
}

char *index(const char *s, int c) {
  return strchr(s, c);
}

char *rindex(const char *s, int c) {
  return strrchr(s, c);
}

char *strstr(const char *haystack, const char *needle) {
  size_t length = strlen(needle);
  if (length == 0) {
    return (char *)haystack;
  }
  for (; *haystack != '\0'; haystack++) {
    if (*haystack == *needle && strncmp(haystack, needle, length) == 0) {
      return (char *)haystack;
    }
  }
  return NULL;
}

size_t strspn(const char *s, const char *accept) {
  size_t n = 0;
  while (s[n] != '\0' && strchr(accept, s[n]) != NULL) {
    n++;
  }
  return n;
}

size_t strcspn(const char *s, const char *reject) {
  size_t n = 0;
  while (s[n] != '\0' && strchr(reject, s[n]) == NULL) {
    n++;
  }
  return n;
}

char *strpbrk(const char *s, const char *accept) {
  s += strcspn(s, accept);
  return *s != '\0' ? (char *)s : NULL;
}

char *strtok_r(char *s, const char *delimiters, char **saved) {
  if (s == NULL) {
    s = *saved;
    if (s == NULL) {
      return NULL;
    }
  }
  s += strspn(s, delimiters);
  if (*s == '\0') {
    *saved = NULL;
    return NULL;
  }
  char *end = s + strcspn(s, delimiters);
  if (*end == '\0') {
    *saved = NULL;
  } else {
    *end = '\0';
    *saved = end + 1;
  }
  return s;
}

char *strtok(char *s, const char *delimiters) {
  static char *saved;
  return strtok_r(s, delimiters, &saved);
}

char *strsep(char **s, const char *delimiters) {
  char *start = *s;
  if (start == NULL) {
    return NULL;
  }
  char *end = start + strcspn(start, delimiters);
  if (*end == '\0') {
    *s = NULL;
  } else {
    *end = '\0';
    *s = end + 1;
  }
  return start;
}

char *strdup(const char *s) {
  size_t length = strlen(s) + 1;
  char *copy = malloc(length);
  if (copy != NULL) {
    memcpy(copy, s, length);
  }
  return copy;
}

char *strndup(const char *s, size_t n) {
  size_t length = strnlen(s, n);
  char *copy = malloc(length + 1);
  if (copy != NULL) {
    memcpy(copy, s, length);
    copy[length] = '\0';
  }
  return copy;
}

int ffs(int value) {
  if (value == 0) {
    return 0;
  }
  int bit = 1;
  while ((value & 1) == 0) {
    value = (int)((unsigned int)value >> 1);
    bit++;
  }
  return bit;
}
