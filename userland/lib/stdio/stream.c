/* Streams: the standard three, opening and closing, buffering, filling and flushing. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "libc.h"
#include "stdio_impl.h"

static FILE standard[3] = {
    {0, STREAM_READ | STREAM_STATIC, MODE_UNSET, STATE_IDLE, NULL, 0, 0, 0, -1, 0, &standard[1], 0},
    {1, STREAM_WRITE | STREAM_STATIC, MODE_UNSET, STATE_IDLE, NULL, 0, 0, 0, -1, 0, &standard[2], 0},
    {2, STREAM_WRITE | STREAM_STATIC, _IONBF, STATE_IDLE, NULL, 0, 0, 0, -1, 0, NULL, 0},
};

FILE *stdin = &standard[0];
FILE *stdout = &standard[1];
FILE *stderr = &standard[2];
FILE *__streams = &standard[0];

/* Settles the mode and allocates the buffer. */
int __stdio_setup(FILE *stream) {
  if (stream->buffer != NULL) {
    return 0;
  }
  if (stream->mode == MODE_UNSET) {
    stream->mode = (stream->fd <= 2 && isatty(stream->fd)) ? _IOLBF : _IOFBF;
  }
  if (stream->mode != _IONBF) {
    stream->buffer = malloc(BUFSIZ);
    if (stream->buffer != NULL) {
      stream->size = BUFSIZ;
      stream->flags |= STREAM_OWN_BUFFER;
      return 0;
    }
    stream->mode = _IONBF;
  }
  stream->buffer = &stream->one;
  stream->size = 1;
  return 0;
}

static int write_all(FILE *stream, const unsigned char *data, size_t length) {
  while (length > 0) {
    ssize_t done = write(stream->fd, data, length);
    if (done < 0 && errno == EINTR) {
      continue;
    }
    if (done <= 0) {
      stream->flags |= STREAM_ERROR;
      return EOF;
    }
    data += done;
    length -= (size_t)done;
  }
  return 0;
}

int __stdio_flush(FILE *stream) {
  if (stream->state == STATE_WRITING) {
    int pending = stream->position;
    stream->position = 0;
    stream->state = STATE_IDLE;
    if (pending > 0 && write_all(stream, stream->buffer, (size_t)pending) < 0) {
      return EOF;
    }
  } else if (stream->state == STATE_READING) {
    int unread = stream->length - stream->position + (stream->pushed >= 0);
    if (unread > 0) {
      lseek(stream->fd, -unread, SEEK_CUR); /* fails harmlessly on pipes and terminals */
    }
    stream->position = stream->length = 0;
    stream->pushed = -1;
    stream->state = STATE_IDLE;
  }
  return 0;
}

/* Flushes line-buffered output streams: done before a stream reads from its descriptor. */
static void flush_line_buffered(void) {
  for (FILE *f = __streams; f != NULL; f = f->next) {
    if (f->mode == _IOLBF && f->state == STATE_WRITING) {
      __stdio_flush(f);
    }
  }
}

int __stdio_fill(FILE *stream) {
  if (!(stream->flags & STREAM_READ)) {
    stream->flags |= STREAM_ERROR;
    errno = EBADF;
    return EOF;
  }
  if (stream->state == STATE_WRITING && __stdio_flush(stream) < 0) {
    return EOF;
  }
  __stdio_setup(stream);
  flush_line_buffered();
  ssize_t got;
  do {
    got = read(stream->fd, stream->buffer, (size_t)stream->size);
  } while (got < 0 && errno == EINTR);
  stream->state = STATE_READING;
  stream->position = 0;
  stream->length = got > 0 ? (int)got : 0;
  if (got <= 0) {
    stream->flags |= got == 0 ? STREAM_EOF : STREAM_ERROR;
    stream->state = STATE_IDLE;
    return EOF;
  }
  return 0;
}

int __stdio_put(FILE *stream, const void *data, size_t length) {
  const unsigned char *bytes = data;
  if (!(stream->flags & STREAM_WRITE)) {
    stream->flags |= STREAM_ERROR;
    errno = EBADF;
    return EOF;
  }
  if (stream->state == STATE_READING) {
    __stdio_flush(stream);
  }
  __stdio_setup(stream);
  if (stream->flags & STREAM_APPEND && stream->state != STATE_WRITING) {
    lseek(stream->fd, 0, SEEK_END);
  }
  stream->state = STATE_WRITING;
  if (stream->mode == _IONBF) {
    return write_all(stream, bytes, length);
  }
  if (length >= (size_t)stream->size) {
    if (__stdio_flush(stream) < 0) {
      return EOF;
    }
    stream->state = STATE_WRITING;
    if (write_all(stream, bytes, length) < 0) {
      return EOF;
    }
    return 0;
  }
  int newline = stream->mode == _IOLBF && memchr(bytes, '\n', length) != NULL;
  while (length > 0) {
    size_t room = (size_t)(stream->size - stream->position);
    size_t n = length < room ? length : room;
    memcpy(stream->buffer + stream->position, bytes, n);
    stream->position += (int)n;
    bytes += n;
    length -= n;
    if (stream->position == stream->size) {
      if (__stdio_flush(stream) < 0) {
        return EOF;
      }
      stream->state = STATE_WRITING;
    }
  }
  if (newline) {
    return __stdio_flush(stream);
  }
  return 0;
}

int __stdio_parse_mode(const char *mode, int *open_flags) {
  int flags;
  switch (mode[0]) {
    case 'r': flags = STREAM_READ; *open_flags = O_RDONLY; break;
    case 'w': flags = STREAM_WRITE; *open_flags = O_WRONLY | O_CREAT | O_TRUNC; break;
    case 'a': flags = STREAM_WRITE | STREAM_APPEND; *open_flags = O_WRONLY | O_CREAT | O_APPEND; break;
    default: errno = EINVAL; return -1;
  }
  for (const char *p = mode + 1; *p != '\0'; p++) {
    if (*p == '+') {
      flags |= STREAM_READ | STREAM_WRITE;
      *open_flags = (*open_flags & ~O_ACCMODE) | O_RDWR;
    } else if (*p == 'x') {
      *open_flags |= O_EXCL;
    } else if (*p == 'e') {
      *open_flags |= O_CLOEXEC;
    }
  }
  return flags;
}

FILE *__stdio_new(int fd, int flags) {
  FILE *stream = malloc(sizeof *stream);
  if (stream == NULL) {
    errno = ENOMEM;
    return NULL;
  }
  memset(stream, 0, sizeof *stream);
  stream->fd = fd;
  stream->flags = flags;
  stream->mode = MODE_UNSET;
  stream->pushed = -1;
  stream->next = __streams;
  __streams = stream;
  return stream;
}

FILE *fopen(const char *path, const char *mode) {
  int open_flags;
  int flags = __stdio_parse_mode(mode, &open_flags);
  if (flags < 0) {
    return NULL;
  }
  int fd = open(path, open_flags, 0666);
  if (fd < 0) {
    return NULL;
  }
  FILE *stream = __stdio_new(fd, flags);
  if (stream == NULL) {
    close(fd);
  }
  return stream;
}

FILE *fdopen(int fd, const char *mode) {
  int open_flags;
  int flags = __stdio_parse_mode(mode, &open_flags);
  if (flags < 0) {
    return NULL;
  }
  if (fd < 0) {
    errno = EBADF;
    return NULL;
  }
  return __stdio_new(fd, flags);
}

static void release_buffer(FILE *stream) {
  if (stream->flags & STREAM_OWN_BUFFER) {
    free(stream->buffer);
  }
  stream->buffer = NULL;
  stream->size = 0;
  stream->flags &= ~STREAM_OWN_BUFFER;
}

FILE *freopen(const char *path, const char *mode, FILE *stream) {
  int open_flags;
  int flags = __stdio_parse_mode(mode, &open_flags);
  __stdio_flush(stream);
  if (flags < 0) {
    return NULL;
  }
  if (path == NULL) {
    errno = EINVAL;
    return NULL;
  }
  close(stream->fd);
  int fd = open(path, open_flags, 0666);
  if (fd < 0) {
    return NULL;
  }
  if (stream->fd >= 0 && fd != stream->fd && dup2(fd, stream->fd) >= 0) {
    close(fd);
    fd = stream->fd;
  }
  release_buffer(stream);
  stream->fd = fd;
  stream->flags = flags | (stream->flags & STREAM_STATIC);
  stream->mode = stream == stderr ? _IONBF : MODE_UNSET;
  stream->state = STATE_IDLE;
  stream->position = stream->length = 0;
  stream->pushed = -1;
  return stream;
}

int fclose(FILE *stream) {
  int result = __stdio_flush(stream);
  if (close(stream->fd) < 0) {
    result = EOF;
  }
  release_buffer(stream);
  for (FILE **link = &__streams; *link != NULL; link = &(*link)->next) {
    if (*link == stream) {
      *link = stream->next;
      break;
    }
  }
  if (!(stream->flags & STREAM_STATIC)) {
    free(stream);
  } else {
    stream->fd = -1;
    stream->flags = STREAM_STATIC;
  }
  return result;
}

int fflush(FILE *stream) {
  if (stream != NULL) {
    return __stdio_flush(stream);
  }
  int result = 0;
  for (FILE *f = __streams; f != NULL; f = f->next) {
    if (f->state == STATE_WRITING && __stdio_flush(f) < 0) {
      result = EOF;
    }
  }
  return result;
}

void __stdio_flush_all(void) {
  fflush(NULL);
}

int setvbuf(FILE *stream, char *buffer, int mode, size_t size) {
  if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
    errno = EINVAL;
    return -1;
  }
  __stdio_flush(stream);
  release_buffer(stream);
  stream->mode = mode;
  if (mode != _IONBF && buffer != NULL && size > 0) {
    stream->buffer = (unsigned char *)buffer;
    stream->size = (int)size;
  }
  return 0;
}

void setbuf(FILE *stream, char *buffer) {
  setvbuf(stream, buffer, buffer != NULL ? _IOFBF : _IONBF, BUFSIZ);
}

void setlinebuf(FILE *stream) {
  setvbuf(stream, NULL, _IOLBF, 0);
}

int fileno(FILE *stream) {
  return stream->fd;
}

int feof(FILE *stream) {
  return (stream->flags & STREAM_EOF) != 0;
}

int ferror(FILE *stream) {
  return (stream->flags & STREAM_ERROR) != 0;
}

void clearerr(FILE *stream) {
  stream->flags &= ~(STREAM_EOF | STREAM_ERROR);
}
