/*
 * The stream structure. A stream has one buffer, used either for reading (bytes
 * [position, length) not yet consumed) or for writing (bytes [0, position) not yet written);
 * state says which. The buffer is allocated at the first transfer, when the buffering mode is
 * settled (stdout: line-buffered on a terminal, else full; stderr: none).
 */
#ifndef _STDIO_IMPL_H
#define _STDIO_IMPL_H

#include <stdarg.h>
#include <stdio.h>

#define STREAM_READ 1
#define STREAM_WRITE 2
#define STREAM_APPEND 4
#define STREAM_EOF 8
#define STREAM_ERROR 16
#define STREAM_OWN_BUFFER 32
#define STREAM_STATIC 64

#define STATE_IDLE 0
#define STATE_READING 1
#define STATE_WRITING 2

#define MODE_UNSET (-1)

struct __file {
  int fd;
  int flags;
  int mode;
  int state;
  unsigned char *buffer;
  int size;
  int position;
  int length;
  int pushed; /* an ungetc'd byte, or -1 */
  int pid;    /* popen's child, or 0 */
  struct __file *next;
  unsigned char one; /* the buffer of an unbuffered stream */
};

/* Every open stream, for fflush(NULL) and exit. */
extern FILE *__streams;

int __stdio_setup(FILE *stream);
int __stdio_fill(FILE *stream);
int __stdio_flush(FILE *stream);
int __stdio_put(FILE *stream, const void *data, size_t length);
int __stdio_parse_mode(const char *mode, int *open_flags);
FILE *__stdio_new(int fd, int flags);

/* Where formatted output goes: put(sink, bytes, n). */
struct sink {
  void (*put)(struct sink *sink, const char *bytes, size_t n);
  size_t count; /* bytes the format produced, written or not */
};

int __format(struct sink *sink, const char *format, va_list args);

/* Where scanned input comes from: get() returns a byte or EOF; unget() gives one back. */
struct source {
  int (*get)(struct source *source);
  void (*unget)(struct source *source, int c);
  void *context;
  int consumed;
};

int __scan(struct source *source, const char *format, va_list args);

#endif
