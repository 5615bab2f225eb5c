/*
 * redir.c: redirections. In a child they are simply applied; for a builtin,
 * a function or a compound command run by the shell itself they are saved
 * first (REDIR_SAVE: the old descriptor is copied above 9, close-on-exec)
 * and undone by redir_restore(), one frame per redirect() call.
 * A here-document is fed through a pipe (by a writer child if it is larger
 * than a pipe holds).
 */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct saved {
	int fd, copy;
};

static struct saved *stack;
static int nstack, capstack;
static int *frames;
static int nframes, capframes;

int redir_depth(void)
{
	return nframes;
}

static void save_fd(int fd)
{
	int copy = fcntl(fd, F_DUPFD, 10);

	if (copy >= 0)
		fcntl(copy, F_SETFD, FD_CLOEXEC);
	if (nstack == capstack) {
		capstack = capstack ? capstack * 2 : 16;
		stack = xrealloc(stack, sizeof *stack * (size_t)capstack);
	}
	stack[nstack].fd = fd;
	stack[nstack].copy = copy;
	nstack++;
}

void redir_restore(void)
{
	int base;

	if (nframes == 0)
		return;
	base = frames[--nframes];
	while (nstack > base) {
		struct saved *s = &stack[--nstack];

		if (s->copy >= 0) {
			dup2(s->copy, s->fd);
			close(s->copy);
		} else {
			close(s->fd);
		}
	}
}

void redir_restore_all(int depth)
{
	while (nframes > depth)
		redir_restore();
}

static int heredoc_fd(struct redir *r)
{
	char *body = r->quoted ? xstrdup(r->target ? r->target : "")
			       : expand_heredoc(r->target ? r->target : "");
	size_t len = strlen(body);
	int p[2];

	if (pipe(p) < 0) {
		sh_warn("pipe: %s", strerror(errno));
		free(body);
		return -1;
	}
	if (len <= 4096) {
		write_all(p[1], body, len);
	} else {
		pid_t pid = fork();

		if (pid == 0) {
			close(p[0]);
			write_all(p[1], body, len);
			_exit(0);
		}
	}
	close(p[1]);
	free(body);
	return p[0];
}

static int open_target(struct redir *r, int *newfd)
{
	char *name;
	int flags = 0, fd;

	if (r->type == R_HEREDOC) {
		*newfd = heredoc_fd(r);
		return *newfd < 0 ? -1 : 0;
	}
	name = expand_string(r->target);
	if (r->type == R_DUPIN || r->type == R_DUPOUT) {
		long n;

		if (strcmp(name, "-") == 0) {
			*newfd = -2;
		} else if (parse_int(name, &n) && n >= 0 && fcntl((int)n, F_GETFD) >= 0) {
			*newfd = (int)n;
		} else {
			sh_warn("%s: bad file descriptor", name);
			free(name);
			return -1;
		}
		free(name);
		return 0;
	}
	switch (r->type) {
	case R_IN: flags = O_RDONLY; break;
	case R_OUT:
	case R_CLOBBER: flags = O_WRONLY | O_CREAT | O_TRUNC; break;
	case R_APPEND: flags = O_WRONLY | O_CREAT | O_APPEND; break;
	case R_RDWR: flags = O_RDWR | O_CREAT; break;
	default: break;
	}
	fd = open(name, flags, 0666);
	if (fd < 0) {
		sh_warn("%s: %s", name, strerror(errno));
		free(name);
		return -1;
	}
	free(name);
	*newfd = fd;
	return 0;
}

int redirect(struct redir *r, int flags)
{
	if (flags & REDIR_SAVE) {
		if (nframes == capframes) {
			capframes = capframes ? capframes * 2 : 16;
			frames = xrealloc(frames, sizeof *frames * (size_t)capframes);
		}
		frames[nframes++] = nstack;
	}
	for (; r; r = r->next) {
		int newfd, dup = r->type == R_DUPIN || r->type == R_DUPOUT;

		if (flags & REDIR_SAVE)
			save_fd(r->fd);
		if (open_target(r, &newfd) < 0)
			return -1;
		if (newfd == -2) {
			close(r->fd);
			continue;
		}
		if (newfd == r->fd)
			continue;
		if (dup2(newfd, r->fd) < 0) {
			sh_warn("%d: %s", r->fd, strerror(errno));
			if (!dup)
				close(newfd);
			return -1;
		}
		if (!dup)
			close(newfd);
	}
	return 0;
}
