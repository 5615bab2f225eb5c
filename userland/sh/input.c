/*
 * input.c: where command text comes from. A source is a string (sh -c, eval,
 * command substitution) or a descriptor (a script, stdin, the terminal).
 * Sources stack: `.` pushes one and pops it at its end. An interactive
 * source prints PS1 before the first line of a command and PS2 before each
 * continuation line (prompt_level says which), and reads a line at a time.
 */
#include "sh.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct source *cur_source;
int prompt_level;

static struct source *source_new(void)
{
	struct source *s = xmalloc(sizeof *s);

	memset(s, 0, sizeof *s);
	s->fd = -1;
	s->lineno = 1;
	return s;
}

struct source *source_string(const char *str, size_t n)
{
	struct source *s = source_new();

	s->str = str;
	s->strlen = n;
	return s;
}

struct source *source_fd(int fd, int is_interactive)
{
	struct source *s = source_new();

	s->fd = fd;
	s->interactive = is_interactive;
	s->buf = xmalloc(4096);
	return s;
}

void source_push(struct source *s)
{
	s->prev = cur_source;
	cur_source = s;
}

void source_pop(void)
{
	struct source *s = cur_source;

	cur_source = s->prev;
	free(s->buf);
	free(s);
}

static void show_prompt(void)
{
	const char *p;

	if (prompt_level == 0)
		return;
	p = var_get(prompt_level == 1 ? "PS1" : "PS2");
	if (p)
		write_all(2, p, strlen(p));
	prompt_level = 2;
}

static int refill(struct source *s)
{
	ssize_t n;

	if (s->eof)
		return 0;
	if (s->fd < 0) {
		s->eof = 1;
		return 0;
	}
	if (s->interactive) {
		jobs_notify();
		show_prompt();
	}
	for (;;) {
		n = read(s->fd, s->buf, 4096);
		if (n >= 0)
			break;
		if (errno != EINTR)
			break;
		if (s->interactive && got_sigint) {
			got_sigint = 0;
			write_all(2, "\n", 1);
			s->pos = s->len = 0;
			sh_raise(130);
		}
	}
	if (n <= 0) {
		s->eof = 1;
		return 0;
	}
	s->pos = 0;
	s->len = (size_t)n;
	return 1;
}

int src_getc(void)
{
	struct source *s = cur_source;
	int c;

	if (s->nunget > 0) {
		c = s->unget[--s->nunget];
	} else if (s->fd < 0) {
		if (s->pos >= s->strlen)
			return -1;
		c = (unsigned char)s->str[s->pos++];
	} else {
		if (s->pos >= s->len && !refill(s))
			return -1;
		c = (unsigned char)s->buf[s->pos++];
	}
	if (c == '\n')
		s->lineno++;
	return c;
}

void src_ungetc(int c)
{
	struct source *s = cur_source;

	if (c < 0)
		return;
	if (c == '\n')
		s->lineno--;
	if (s->nunget < 4)
		s->unget[s->nunget++] = c;
}

/* After a syntax error at the terminal: forget the rest of the line. */
void source_discard_line(void)
{
	struct source *s = cur_source;

	s->nunget = 0;
	if (s->fd >= 0) {
		s->pos = s->len;
		s->eof = 0;
	}
}
