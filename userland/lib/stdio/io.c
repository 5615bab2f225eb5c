/* Byte, line and block transfers on streams, and positioning. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

int fgetc(FILE *stream) {
  if (stream->pushed >= 0) {
    int c = stream->pushed;
    stream->pushed = -1;
    return c;
  }
  if (stream->state != STATE_READING || stream->position >= stream->length) {
    if (__stdio_fill(stream) < 0) {
      return EOF;
    }
  }
  return stream->buffer[stream->position++];
}

int getc(FILE *stream) {
  return fgetc(stream);
}

int getchar(void) {
  return fgetc(stdin);
}

int ungetc(int c, FILE *stream) {
  if (c == EOF || stream->pushed >= 0) {
    return EOF;
  }
  if (stream->state == STATE_WRITING) {
    __stdio_flush(stream);
  }
  if (stream->state == STATE_READING && stream->position > 0
      && stream->buffer[stream->position - 1] == (unsigned char)c) {
    stream->position--;
  } else {
    stream->pushed = (unsigned char)c;
    if (stream->state == STATE_IDLE) {
      stream->state = STATE_READING;
      stream->position = stream->length = 0;
    }
  }
  stream->flags &= ~STREAM_EOF;
  return (unsigned char)c;
}

char *fgets(char *buffer, int size, FILE *stream) {
  if (size <= 0) {
    return NULL;
  }
  int n = 0;
  while (n < size - 1) {
    int c = fgetc(stream);
    if (c == EOF) {
      if (n == 0 || ferror(stream)) {
        return NULL;
      }
      break;
    }
    buffer[n++] = (char)c;
    if (c == '\n') {
      break;
    }
  }
  buffer[n] = '\0';
  return buffer;
}

ssize_t getdelim(char **line, size_t *capacity, int delimiter, FILE *stream) {
  if (line == NULL || capacity == NULL) {
    errno = EINVAL;
    return -1;
  }
  size_t n = 0;
  for (;;) {
    int c = fgetc(stream);
    if (c == EOF) {
      if (n == 0) {
        return -1;
      }
      break;
    }
    if (*line == NULL || n + 2 > *capacity) {
      size_t bigger = *capacity < 64 ? 128 : *capacity * 2;
      char *grown = realloc(*line, bigger);
      if (grown == NULL) {
        errno = ENOMEM;
        return -1;
      }
      *line = grown;
      *capacity = bigger;
    }
    (*line)[n++] = (char)c;
    if (c == delimiter) {
      break;
    }
  }
  (*line)[n] = '\0';
  return (ssize_t)n;
}

ssize_t getline(char **line, size_t *capacity, FILE *stream) {
  return getdelim(line, capacity, '\n', stream);
}

size_t fread(void *buffer, size_t size, size_t count, FILE *stream) {
  size_t total = size * count;
  unsigned char *out = buffer;
  size_t done = 0;
  if (total == 0) {
    return 0;
  }
  if (stream->pushed >= 0 && done < total) {
    out[done++] = (unsigned char)stream->pushed;
    stream->pushed = -1;
  }
  while (done < total) {
    if (stream->state == STATE_READING && stream->position < stream->length) {
      size_t n = (size_t)(stream->length - stream->position);
      if (n > total - done) {
        n = total - done;
      }
      memcpy(out + done, stream->buffer + stream->position, n);
      stream->position += (int)n;
      done += n;
    } else if (__stdio_fill(stream) < 0) {
      break;
    }
  }
  return done / size;
}

int fputc(int c, FILE *stream) {
  unsigned char byte = (unsigned char)c;
  if (stream->state == STATE_WRITING && stream->mode == _IOFBF
      && stream->position < stream->size - 1) {
    stream->buffer[stream->position++] = byte; /* the common case, without the general path */
    return byte;
  }
  return __stdio_put(stream, &byte, 1) < 0 ? EOF : byte;
}

int putc(int c, FILE *stream) {
  return fputc(c, stream);
}

int putchar(int c) {
  return fputc(c, stdout);
}

int fputs(const char *s, FILE *stream) {
  return __stdio_put(stream, s, strlen(s)) < 0 ? EOF : 0;
}

int puts(const char *s) {
  if (__stdio_put(stdout, s, strlen(s)) < 0 || __stdio_put(stdout, "\n", 1) < 0) {
    return EOF;
  }
  return 0;
}

size_t fwrite(const void *buffer, size_t size, size_t count, FILE *stream) {
  size_t total = size * count;
  if (total == 0) {
    return 0;
  }
  return __stdio_put(stream, buffer, total) < 0 ? 0 : count;
}

int fseek(FILE *stream, long offset, int whence) {
  if (whence == SEEK_CUR && stream->state == STATE_READING) {
    offset -= stream->length - stream->position + (stream->pushed >= 0);
    stream->position = stream->length = 0;
    stream->pushed = -1;
    stream->state = STATE_IDLE;
  } else if (__stdio_flush(stream) < 0) {
    return -1;
  }
  if (lseek(stream->fd, offset, whence) < 0) {
    return -1;
  }
  stream->flags &= ~STREAM_EOF;
  return 0;
}

long ftell(FILE *stream) {
  long position = lseek(stream->fd, 0, SEEK_CUR);
  if (position < 0) {
    return -1;
  }
  if (stream->state == STATE_READING) {
    position -= stream->length - stream->position + (stream->pushed >= 0);
  } else if (stream->state == STATE_WRITING) {
    position += stream->position;
  }
  return position;
}

void rewind(FILE *stream) {
  fseek(stream, 0, SEEK_SET);
  clearerr(stream);
}

int fgetpos(FILE *stream, fpos_t *position) {
  long at = ftell(stream);
  if (at < 0) {
    return -1;
  }
  *position = at;
  return 0;
}

int fsetpos(FILE *stream, const fpos_t *position) {
  return fseek(stream, *position, SEEK_SET);
}
