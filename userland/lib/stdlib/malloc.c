/*
 * malloc on the break: an address-ordered circular free list of blocks (K&R's allocator). Each
 * block starts with an 8-byte header holding its size in header units; a free block's header
 * links to the next free block, an allocated one holds a marker that free and realloc check, so
 * a double free or a stray pointer aborts instead of corrupting the list. free merges a block
 * with free neighbours on both sides. The break grows by at least GROW_BYTES at a time.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef union header {
  struct {
    union header *next;
    size_t units;
  } s;
  long long align;
} header;

#define IN_USE ((header *)0xA110CA7E)
#define GROW_BYTES 16384
#define MAX_REQUEST 0x7ff00000u

static header base;
static header *free_list;

static void corrupt(void) {
  static const char text[] = "malloc: free of a pointer not allocated (or freed twice)\n";
  write(2, text, sizeof text - 1);
  abort();
}

static void insert(header *block) {
  header *p = free_list;
  while (!(block > p && block < p->s.next)) {
    if (p >= p->s.next && (block > p || block < p->s.next)) {
      break; /* at the end of the arena, or before its first block */
    }
    if (block == p) {
      corrupt();
    }
    p = p->s.next;
  }
  if (block + block->s.units == p->s.next) {
    block->s.units += p->s.next->s.units;
    block->s.next = p->s.next->s.next;
  } else {
    block->s.next = p->s.next;
  }
  if (p + p->s.units == block) {
    p->s.units += block->s.units;
    p->s.next = block->s.next;
  } else {
    p->s.next = block;
  }
  free_list = p;
}

static header *grow(size_t units) {
  size_t minimum = GROW_BYTES / sizeof(header);
  if (units < minimum) {
    units = minimum;
  }
  char *old = sbrk(0);
  if (old == (char *)-1) {
    return NULL;
  }
  size_t misalign = (unsigned int)old & (sizeof(header) - 1);
  size_t pad = misalign != 0 ? sizeof(header) - misalign : 0;
  if (units > (MAX_REQUEST - pad) / sizeof(header)) {
    return NULL;
  }
  char *got = sbrk((int)(pad + units * sizeof(header)));
  if (got == (char *)-1) {
    return NULL;
  }
  header *block = (header *)(got + pad);
  block->s.units = units;
  insert(block);
  return free_list;
}

void *malloc(size_t size) {
  if (size == 0) {
    size = 1;
  }
  if (size > MAX_REQUEST) {
    errno = ENOMEM;
    return NULL;
  }
  size_t units = (size + sizeof(header) - 1) / sizeof(header) + 1;
  if (free_list == NULL) {
    base.s.next = free_list = &base;
    base.s.units = 0;
  }
  header *previous = free_list;
  for (header *p = previous->s.next;; previous = p, p = p->s.next) {
    if (p->s.units >= units) {
      if (p->s.units == units) {
        previous->s.next = p->s.next;
      } else {
        p->s.units -= units;
        p += p->s.units;
        p->s.units = units;
      }
      free_list = previous;
      p->s.next = IN_USE;
      return p + 1;
    }
    if (p == free_list && (p = grow(units)) == NULL) {
      errno = ENOMEM;
      return NULL;
    }
  }
}

void free(void *pointer) {
  if (pointer == NULL) {
    return;
  }
  header *block = (header *)pointer - 1;
  if (block->s.next != IN_USE || free_list == NULL) {
    corrupt();
  }
  insert(block);
}

void *calloc(size_t count, size_t size) {
  if (size != 0 && count > MAX_REQUEST / size) {
    errno = ENOMEM;
    return NULL;
  }
  void *p = malloc(count * size);
  if (p != NULL) {
    memset(p, 0, count * size);
  }
  return p;
}

void *realloc(void *pointer, size_t size) {
  if (pointer == NULL) {
    return malloc(size);
  }
  if (size == 0) {
    free(pointer);
    return NULL;
  }
  header *block = (header *)pointer - 1;
  if (block->s.next != IN_USE) {
    corrupt();
  }
  size_t have = (block->s.units - 1) * sizeof(header);
  if (size <= have) {
    return pointer;
  }
  void *bigger = malloc(size);
  if (bigger == NULL) {
    return NULL;
  }
  memcpy(bigger, pointer, have);
  free(pointer);
  return bigger;
}

void *reallocarray(void *pointer, size_t count, size_t size) {
  if (size != 0 && count > MAX_REQUEST / size) {
    errno = ENOMEM;
    return NULL;
  }
  return realloc(pointer, count * size);
}
