/* system, popen and pclose: /bin/sh -c COMMAND in a child. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../stdio/stdio_impl.h"

int system(const char *command) {
  if (command == NULL) {
    return access("/bin/sh", X_OK) == 0;
  }
  struct sigaction ignore = {0}, old_int, old_quit;
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  pid_t pid = fork();
  if (pid == 0) {
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    execl("/bin/sh", "sh", "-c", command, (char *)NULL);
    _exit(127);
  }
  int status = -1;
  if (pid > 0) {
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGQUIT, &old_quit, NULL);
  return pid < 0 ? -1 : status;
}

FILE *popen(const char *command, const char *mode) {
  int reading = mode[0] == 'r';
  if ((mode[0] != 'r' && mode[0] != 'w') || mode[1] != '\0') {
    errno = EINVAL;
    return NULL;
  }
  int fds[2];
  if (pipe(fds) < 0) {
    return NULL;
  }
  int ours = reading ? fds[0] : fds[1];
  int theirs = reading ? fds[1] : fds[0];
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return NULL;
  }
  if (pid == 0) {
    close(ours);
    int target = reading ? STDOUT_FILENO : STDIN_FILENO;
    if (theirs != target) {
      dup2(theirs, target);
      close(theirs);
    }
    execl("/bin/sh", "sh", "-c", command, (char *)NULL);
    _exit(127);
  }
  close(theirs);
  FILE *stream = fdopen(ours, mode);
  if (stream == NULL) {
    close(ours);
    return NULL;
  }
  stream->pid = pid;
  return stream;
}

int pclose(FILE *stream) {
  pid_t pid = stream->pid;
  fclose(stream);
  if (pid <= 0) {
    errno = ECHILD;
    return -1;
  }
  int status;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      return -1;
    }
  }
  return status;
}
