/* strerror and strsignal: the descriptions come from the ABI (minix/errno_numbers.h). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#define DESCRIPTION(name, number, text) [number] = text,
static const char *const descriptions[ERRNO_MAX + 1] = {ERRNO_TABLE(DESCRIPTION)};

static char unknown[32];

char *strerror(int error) {
  if (error == 0) {
    return "no error";
  }
  if (error > 0 && error <= ERRNO_MAX && descriptions[error] != NULL) {
    return (char *)descriptions[error];
  }
  snprintf(unknown, sizeof unknown, "unknown error %d", error);
  return unknown;
}

int strerror_r(int error, char *buffer, size_t size) {
  if (size == 0) {
    return ERANGE;
  }
  strlcpy(buffer, strerror(error), size);
  return 0;
}

static const char *const signal_names[NSIG] = {
    [SIGHUP] = "Hangup",
    [SIGINT] = "Interrupt",
    [SIGQUIT] = "Quit",
    [SIGILL] = "Illegal instruction",
    [SIGTRAP] = "Trace/breakpoint trap",
    [SIGABRT] = "Aborted",
    [SIGBUS] = "Bus error",
    [SIGFPE] = "Floating point exception",
    [SIGKILL] = "Killed",
    [SIGUSR1] = "User defined signal 1",
    [SIGSEGV] = "Segmentation fault",
    [SIGUSR2] = "User defined signal 2",
    [SIGPIPE] = "Broken pipe",
    [SIGALRM] = "Alarm clock",
    [SIGTERM] = "Terminated",
    [SIGCHLD] = "Child exited",
    [SIGCONT] = "Continued",
    [SIGSTOP] = "Stopped (signal)",
    [SIGTSTP] = "Stopped",
    [SIGTTIN] = "Stopped (tty input)",
    [SIGTTOU] = "Stopped (tty output)",
};

static char unknown_signal[32];

char *strsignal(int sig) {
  if (sig > 0 && sig < NSIG && signal_names[sig] != NULL) {
    return (char *)signal_names[sig];
  }
  snprintf(unknown_signal, sizeof unknown_signal, "Unknown signal %d", sig);
  return unknown_signal;
}
