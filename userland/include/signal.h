#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>
#include <minix/signals.h>

typedef void (*sighandler_t)(int);
typedef sighandler_t sig_t;
typedef unsigned int sigset_t;
typedef int sig_atomic_t;

/* minix/signals.h gives the handler values as numbers; C wants function pointers. */
#undef SIG_DFL
#undef SIG_IGN
#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIG_ERR ((sighandler_t)-1)

#define SIGIOT SIGABRT

struct sigaction {
  sighandler_t sa_handler;
  sigset_t sa_mask;
  int sa_flags;
};

sighandler_t signal(int sig, sighandler_t handler);
int sigaction(int sig, const struct sigaction *action, struct sigaction *old);
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
int sigpending(sigset_t *set);
int sigsuspend(const sigset_t *mask);
int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
int raise(int sig);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
void psignal(int sig, const char *prefix);

/* The code a handler returns to: it calls PM's SIGRETURN with the frame's context. */
void __sigreturn_trampoline(void);

#endif
