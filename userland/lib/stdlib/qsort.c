/* qsort (heapsort: no recursion, n log n at worst) and bsearch. */
#include <stdlib.h>

static void swap(unsigned char *a, unsigned char *b, size_t size) {
  while (size-- > 0) {
    unsigned char t = *a;
    *a++ = *b;
    *b++ = t;
  }
}

static void sift_down(unsigned char *base, size_t root, size_t count, size_t size,
                      int (*compare)(const void *, const void *)) {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= count) {
      return;
    }
    if (child + 1 < count && compare(base + child * size, base + (child + 1) * size) < 0) {
      child++;
    }
    if (compare(base + root * size, base + child * size) >= 0) {
      return;
    }
    swap(base + root * size, base + child * size, size);
    root = child;
  }
}

void qsort(void *array, size_t count, size_t size, int (*compare)(const void *, const void *)) {
  unsigned char *base = array;
  if (count < 2 || size == 0) {
    return;
  }
  for (size_t i = count / 2; i-- > 0;) {
    sift_down(base, i, count, size, compare);
  }
  for (size_t end = count - 1; end > 0; end--) {
    swap(base, base + end * size, size);
    sift_down(base, 0, end, size, compare);
  }
}

void *bsearch(const void *key, const void *array, size_t count, size_t size,
              int (*compare)(const void *, const void *)) {
  const unsigned char *base = array;
  size_t low = 0, high = count;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    int order = compare(key, base + middle * size);
    if (order == 0) {
      return (void *)(base + middle * size);
    }
    if (order < 0) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return NULL;
}
