/*
 * execve and its family. The frame PM's EXEC passes on to VM (org.minix3j.abi.posix.ExecFrame):
 * argc, the argument offsets and a 0, the environment offsets and a 0, then the strings; every
 * pointer is an offset from the frame's start, which VM relocates onto the new stack.
 */
#include "libc.h"
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>
#include <minix/exec_frame.h>

/* Counts a NULL-terminated vector of strings, checking each is readable; -1 if not. */
static int count_strings(char *const vector[], size_t *bytes) {
  int count = 0;
  if (vector == NULL) {
    return 0;
  }
  for (;;) {
    if (!__user_readable(&vector[count], sizeof vector[0])) {
      return -1;
    }
    if (vector[count] == NULL) {
      return count;
    }
    if (!__user_readable(vector[count], 1)) {
      return -1;
    }
    *bytes += strlen(vector[count]) + 1;
    count++;
    if (*bytes > ARG_MAX) {
      return -2;
    }
  }
}

static char *put_strings(char *frame, int *slot, char *text, char *const vector[], int count) {
  for (int i = 0; i < count; i++) {
    size_t length = strlen(vector[i]) + 1;
    memcpy(text, vector[i], length);
    slot[i] = (int)(text - frame);
    text += length;
  }
  slot[count] = 0;
  return text;
}

int execve(const char *path, char *const argv[], char *const envp[]) {
  size_t text_bytes = 0;
  int argc = count_strings(argv, &text_bytes);
  int envc = argc < 0 ? argc : count_strings(envp, &text_bytes);
  if (argc < 0 || envc < 0) {
    errno = (argc == -2 || envc == -2) ? E2BIG : EFAULT;
    return -1;
  }
  size_t frame_bytes = (size_t)(EXEC_FRAME_ARGV + 4 * (argc + 1) + 4 * (envc + 1)) + text_bytes;
  frame_bytes = (frame_bytes + 3) & ~(size_t)3;
  if (frame_bytes > ARG_MAX) {
    errno = E2BIG;
    return -1;
  }
  char *frame = malloc(frame_bytes);
  if (frame == NULL) {
    errno = ENOMEM;
    return -1;
  }
  memset(frame, 0, frame_bytes);
  int *words = (int *)frame;
  words[EXEC_FRAME_ARGC / 4] = argc;
  int *argv_slots = (int *)(frame + EXEC_FRAME_ARGV);
  int *envp_slots = argv_slots + argc + 1;
  char *text = (char *)(envp_slots + envc + 1);
  text = put_strings(frame, argv_slots, text, argv, argc);
  put_strings(frame, envp_slots, text, envp, envc);

  message m = {0};
  __put_path(&m, 0, path);
  m.m_w[2] = (int)frame;
  m.m_w[3] = (int)frame_bytes;
  PM_CALL(PM_EXEC, &m);
  int saved = errno;
  free(frame);
  errno = saved;
  return -1;
}

int execv(const char *path, char *const argv[]) {
  return execve(path, argv, environ);
}

/* Runs a file that is not an executable image as a shell script. */
static void exec_script(const char *path, char *const argv[], char *const envp[]) {
  int argc = 0;
  while (argv[argc] != NULL) {
    argc++;
  }
  char **shell_argv = malloc(sizeof(char *) * (size_t)(argc + 2));
  if (shell_argv == NULL) {
    return;
  }
  shell_argv[0] = "sh";
  shell_argv[1] = (char *)path;
  for (int i = 1; i <= argc; i++) {
    shell_argv[i + 1] = argv[i];
  }
  execve("/bin/sh", shell_argv, envp);
  free(shell_argv);
  errno = ENOEXEC;
}

int execvpe(const char *file, char *const argv[], char *const envp[]) {
  if (file == NULL || !__user_readable(file, 1)) {
    errno = EFAULT;
    return -1;
  }
  if (*file == '\0') {
    errno = ENOENT;
    return -1;
  }
  if (strchr(file, '/') != NULL) {
    execve(file, argv, envp);
    if (errno == ENOEXEC) {
      exec_script(file, argv, envp);
    }
    return -1;
  }
  const char *search = getenv("PATH");
  if (search == NULL) {
    search = "/bin:/usr/bin:/sbin";
  }
  size_t file_length = strlen(file);
  int denied = 0;
  char candidate[PATH_MAX];
  for (const char *p = search;; p++) {
    const char *start = p;
    while (*p != '\0' && *p != ':') {
      p++;
    }
    size_t dir_length = (size_t)(p - start);
    if (dir_length == 0) {
      start = ".";
      dir_length = 1;
    }
    if (dir_length + 1 + file_length + 1 <= sizeof candidate) {
      memcpy(candidate, start, dir_length);
      candidate[dir_length] = '/';
      memcpy(candidate + dir_length + 1, file, file_length + 1);
      execve(candidate, argv, envp);
      if (errno == ENOEXEC) {
        exec_script(candidate, argv, envp);
        return -1;
      }
      if (errno == EACCES) {
        denied = 1;
      } else if (errno != ENOENT && errno != ENOTDIR) {
        return -1;
      }
    }
    if (*p == '\0') {
      break;
    }
  }
  errno = denied ? EACCES : ENOENT;
  return -1;
}

int execvp(const char *file, char *const argv[]) {
  return execvpe(file, argv, environ);
}

/* Collects execl's arguments (up to the NULL) into a vector on the heap. */
static char **collect(const char *first, va_list args, char ***envp) {
  va_list counting;
  va_copy(counting, args);
  int count = 1;
  if (first != NULL) {
    while (va_arg(counting, char *) != NULL) {
      count++;
    }
  }
  va_end(counting);
  char **vector = malloc(sizeof(char *) * (size_t)(count + 1));
  if (vector == NULL) {
    errno = ENOMEM;
    return NULL;
  }
  vector[0] = (char *)first;
  int i = 1;
  if (first != NULL) {
    char *arg;
    while ((arg = va_arg(args, char *)) != NULL) {
      vector[i++] = arg;
    }
  }
  vector[i] = NULL;
  if (envp != NULL) {
    *envp = va_arg(args, char **);
  }
  return vector;
}

int execl(const char *path, const char *arg, ...) {
  va_list args;
  va_start(args, arg);
  char **argv = collect(arg, args, NULL);
  va_end(args);
  if (argv == NULL) {
    return -1;
  }
  execve(path, argv, environ);
  int saved = errno;
  free(argv);
  errno = saved;
  return -1;
}

int execle(const char *path, const char *arg, ...) {
  va_list args;
  va_start(args, arg);
  char **envp;
  char **argv = collect(arg, args, &envp);
  va_end(args);
  if (argv == NULL) {
    return -1;
  }
  execve(path, argv, envp);
  int saved = errno;
  free(argv);
  errno = saved;
  return -1;
}

int execlp(const char *file, const char *arg, ...) {
  va_list args;
  va_start(args, arg);
  char **argv = collect(arg, args, NULL);
  va_end(args);
  if (argv == NULL) {
    return -1;
  }
  execvp(file, argv);
  int saved = errno;
  free(argv);
  errno = saved;
  return -1;
}
