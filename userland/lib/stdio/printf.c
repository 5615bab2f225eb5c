/* The printf family over __format: streams, descriptors, bounded and growing strings. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

struct stream_sink {
  struct sink sink;
  FILE *stream;
  int failed;
};

static void put_stream(struct sink *sink, const char *bytes, size_t n) {
  struct stream_sink *s = (struct stream_sink *)sink;
  if (__stdio_put(s->stream, bytes, n) < 0) {
    s->failed = 1;
  }
}

/* An unbuffered stream still gets each short message in one write. */
struct gather_sink {
  struct sink sink;
  FILE *stream;
  int failed;
  size_t used;
  char buffer[256];
};

static void gather_drain(struct gather_sink *s) {
  if (s->used > 0 && __stdio_put(s->stream, s->buffer, s->used) < 0) {
    s->failed = 1;
  }
  s->used = 0;
}

static void put_gather(struct sink *sink, const char *bytes, size_t n) {
  struct gather_sink *s = (struct gather_sink *)sink;
  if (s->used + n > sizeof s->buffer) {
    gather_drain(s);
  }
  if (n > sizeof s->buffer) {
    if (__stdio_put(s->stream, bytes, n) < 0) {
      s->failed = 1;
    }
    return;
  }
  memcpy(s->buffer + s->used, bytes, n);
  s->used += n;
}

int vfprintf(FILE *stream, const char *format, va_list args) {
  __stdio_setup(stream);
  if (stream->mode == _IONBF) {
    struct gather_sink g;
    g.sink.put = put_gather;
    g.sink.count = 0;
    g.stream = stream;
    g.failed = 0;
    g.used = 0;
    int count = __format(&g.sink, format, args);
    gather_drain(&g);
    return g.failed ? -1 : count;
  }
  struct stream_sink s = {{put_stream, 0}, stream, 0};
  int count = __format(&s.sink, format, args);
  return s.failed ? -1 : count;
}

int vprintf(const char *format, va_list args) {
  return vfprintf(stdout, format, args);
}

int fprintf(FILE *stream, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int count = vfprintf(stream, format, args);
  va_end(args);
  return count;
}

int printf(const char *format, ...) {
  va_list args;
  va_start(args, format);
  int count = vfprintf(stdout, format, args);
  va_end(args);
  return count;
}

struct string_sink {
  struct sink sink;
  char *buffer;
  size_t capacity; /* bytes that may be stored, leaving room for the NUL */
  size_t used;
};

static void put_string(struct sink *sink, const char *bytes, size_t n) {
  struct string_sink *s = (struct string_sink *)sink;
  size_t room = s->capacity - s->used;
  size_t copy = n < room ? n : room;
  memcpy(s->buffer + s->used, bytes, copy);
  s->used += copy;
}

int vsnprintf(char *buffer, size_t size, const char *format, va_list args) {
  struct string_sink s = {{put_string, 0}, buffer, size > 0 ? size - 1 : 0, 0};
  int count = __format(&s.sink, format, args);
  if (size > 0) {
    buffer[s.used] = '\0';
  }
  return count;
}

int snprintf(char *buffer, size_t size, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int count = vsnprintf(buffer, size, format, args);
  va_end(args);
  return count;
}

int vsprintf(char *buffer, const char *format, va_list args) {
  return vsnprintf(buffer, 0x7fffffff, format, args);
}

int sprintf(char *buffer, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int count = vsprintf(buffer, format, args);
  va_end(args);
  return count;
}

int vasprintf(char **result, const char *format, va_list args) {
  va_list again;
  va_copy(again, args);
  int count = vsnprintf(NULL, 0, format, args);
  char *buffer = count >= 0 ? malloc((size_t)count + 1) : NULL;
  if (buffer == NULL) {
    va_end(again);
    *result = NULL;
    errno = ENOMEM;
    return -1;
  }
  vsnprintf(buffer, (size_t)count + 1, format, again);
  va_end(again);
  *result = buffer;
  return count;
}

int asprintf(char **result, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int count = vasprintf(result, format, args);
  va_end(args);
  return count;
}

/* dprintf: a small buffer on the stack, written out as it fills. */
struct fd_sink {
  struct sink sink;
  int fd;
  int failed;
  size_t used;
  char buffer[256];
};

static void drain(struct fd_sink *s) {
  size_t done = 0;
  while (done < s->used) {
    ssize_t n = write(s->fd, s->buffer + done, s->used - done);
    if (n <= 0) {
      s->failed = 1;
      break;
    }
    done += (size_t)n;
  }
  s->used = 0;
}

static void put_fd(struct sink *sink, const char *bytes, size_t n) {
  struct fd_sink *s = (struct fd_sink *)sink;
  while (n > 0) {
    size_t room = sizeof s->buffer - s->used;
    size_t copy = n < room ? n : room;
    memcpy(s->buffer + s->used, bytes, copy);
    s->used += copy;
    bytes += copy;
    n -= copy;
    if (s->used == sizeof s->buffer) {
      drain(s);
    }
  }
}

int vdprintf(int fd, const char *format, va_list args) {
  struct fd_sink s;
  s.sink.put = put_fd;
  s.sink.count = 0;
  s.fd = fd;
  s.failed = 0;
  s.used = 0;
  int count = __format(&s.sink, format, args);
  drain(&s);
  return s.failed ? -1 : count;
}

int dprintf(int fd, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int count = vdprintf(fd, format, args);
  va_end(args);
  return count;
}
