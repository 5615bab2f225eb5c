/* Sorting: quicksort, insertion sort and a heap sort over pseudo-random data. */
#include "runtime.h"

static uint32_t seed = 12345;
static uint32_t next_random(void) {
  seed = seed * 1103515245u + 12345u;
  return seed >> 8;
}

static void quicksort(int *values, int low, int high) {
  while (low < high) {
    int pivot = values[(low + high) / 2], i = low, j = high;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        int swap = values[i];
        values[i++] = values[j];
        values[j--] = swap;
      }
    }
    if (j - low < high - i) {
      quicksort(values, low, j);
      low = i;
    } else {
      quicksort(values, i, high);
      high = j;
    }
  }
}

static void insertion_sort(short *values, int count) {
  for (int i = 1; i < count; i++) {
    short value = values[i];
    int j = i - 1;
    while (j >= 0 && values[j] > value) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = value;
  }
}

static void sift_down(unsigned char *heap, int start, int end) {
  int root = start;
  while (2 * root + 1 <= end) {
    int child = 2 * root + 1;
    if (child + 1 <= end && heap[child] < heap[child + 1]) child++;
    if (heap[root] >= heap[child]) return;
    unsigned char swap = heap[root];
    heap[root] = heap[child];
    heap[child] = swap;
    root = child;
  }
}

static void heap_sort(unsigned char *values, int count) {
  for (int start = (count - 2) / 2; start >= 0; start--) sift_down(values, start, count - 1);
  for (int end = count - 1; end > 0; end--) {
    unsigned char swap = values[0];
    values[0] = values[end];
    values[end] = swap;
    sift_down(values, 0, end - 1);
  }
}

static int ints[3000];
static short shorts[400];
static unsigned char bytes[1000];

int main(int argc, char **argv) {
  uint32_t checksum = 0;
  for (int i = 0; i < 3000; i++) ints[i] = (int)next_random() - (1 << 23);
  for (int i = 0; i < 400; i++) shorts[i] = (short)next_random();
  for (int i = 0; i < 1000; i++) bytes[i] = (unsigned char)next_random();
  quicksort(ints, 0, 2999);
  insertion_sort(shorts, 400);
  heap_sort(bytes, 1000);
  for (int i = 1; i < 3000; i++) if (ints[i - 1] > ints[i]) print_text("ints unsorted\n");
  for (int i = 1; i < 400; i++) if (shorts[i - 1] > shorts[i]) print_text("shorts unsorted\n");
  for (int i = 1; i < 1000; i++) if (bytes[i - 1] > bytes[i]) print_text("bytes unsorted\n");
  for (int i = 0; i < 3000; i++) checksum = checksum * 31 + (uint32_t)ints[i];
  for (int i = 0; i < 400; i++) checksum = checksum * 31 + (uint32_t)shorts[i];
  for (int i = 0; i < 1000; i++) checksum = checksum * 31 + bytes[i];
  print_text("sort: min ");
  print_signed(ints[0]);
  print_text(" max ");
  print_signed(ints[2999]);
  print_text(" median short ");
  print_signed(shorts[200]);
  print_text(" checksum ");
  print_hex(checksum);
  print_line();
  return argc == 1 ? 3 : 4;
}
