/*
 * lexer.c: cuts the current source into tokens. A word is kept as written
 * (quotes, $(...), ${...}, `...` and $((...)) included, so that expansion can
 * interpret them later); a backslash-newline outside single quotes vanishes.
 * Operators are the POSIX ones; a word of digits just before < or > is the
 * descriptor of a redirection. After each newline token, the bodies of the
 * here-documents announced on that line are read.
 */
#include "sh.h"

#include <stdlib.h>
#include <string.h>

#define MAX_PENDING 64
static struct redir *pending[MAX_PENDING];
static int npending;

void lex_reset(void)
{
	npending = 0;
}

void lex_heredoc_pending(struct redir *r)
{
	if (npending == MAX_PENDING)
		syntax_error("too many here-documents on one line");
	pending[npending++] = r;
}

/* A character, with backslash-newline removed. */
static int lgetc(void)
{
	for (;;) {
		int c = src_getc();

		if (c != '\\')
			return c;
		c = src_getc();
		if (c != '\n') {
			src_ungetc(c);
			return '\\';
		}
	}
}

static void eof_error(const char *what)
{
	syntax_error("unterminated %s", what);
}

static void scan_dollar(struct strbuf *b);
static void scan_dquote(struct strbuf *b);

static void scan_squote(struct strbuf *b)
{
	for (;;) {
		int c = src_getc();

		if (c < 0)
			eof_error("quoted string");
		sb_addc(b, c);
		if (c == '\'')
			return;
	}
}

static void scan_backquote(struct strbuf *b)
{
	for (;;) {
		int c = lgetc();

		if (c < 0)
			eof_error("`...`");
		sb_addc(b, c);
		if (c == '`')
			return;
		if (c == '\\') {
			c = src_getc();
			if (c < 0)
				eof_error("`...`");
			sb_addc(b, c);
		}
	}
}

/* The words "case" and "esac" inside $(...): a ')' ending a case pattern
 * does not close the substitution. */
struct casewatch {
	char word[5];
	int len, depth;
};

static void watch_char(struct casewatch *w, int c)
{
	if (c >= 'a' && c <= 'z') {
		if (w->len < 5)
			w->word[w->len] = (char)c;
		w->len++;
		return;
	}
	if (w->len == 4 && memcmp(w->word, "case", 4) == 0)
		w->depth++;
	else if (w->len == 4 && memcmp(w->word, "esac", 4) == 0 && w->depth > 0)
		w->depth--;
	w->len = 0;
}

/* After "$(" or "$((": until the parentheses balance. */
static void scan_parens(struct strbuf *b, int depth)
{
	struct casewatch w;

	w.len = w.depth = 0;
	while (depth > 0) {
		int c = lgetc();

		if (c < 0)
			eof_error("$(...)");
		sb_addc(b, c);
		watch_char(&w, c);
		switch (c) {
		case '\\':
			c = src_getc();
			if (c < 0)
				eof_error("$(...)");
			sb_addc(b, c);
			break;
		case '\'':
			scan_squote(b);
			break;
		case '"':
			scan_dquote(b);
			break;
		case '`':
			scan_backquote(b);
			break;
		case '$':
			scan_dollar(b);
			break;
		case '(':
			depth++;
			break;
		case ')':
			if (depth > 1 || w.depth == 0)
				depth--;
			break;
		case '#': {
			/* a comment inside $( ... ): only at the start of a word */
			size_t l = b->len;
			char p = l >= 2 ? b->s[l - 2] : ' ';

			if (p == ' ' || p == '\t' || p == '\n' || p == ';') {
				while ((c = src_getc()) >= 0 && c != '\n')
					;
				b->len--;
				if (c == '\n')
					sb_addc(b, c);
			}
			break;
		}
		}
	}
}

static void scan_brace(struct strbuf *b)
{
	for (;;) {
		int c = lgetc();

		if (c < 0)
			eof_error("${...}");
		sb_addc(b, c);
		switch (c) {
		case '}':
			return;
		case '\\':
			c = src_getc();
			if (c < 0)
				eof_error("${...}");
			sb_addc(b, c);
			break;
		case '\'':
			scan_squote(b);
			break;
		case '"':
			scan_dquote(b);
			break;
		case '`':
			scan_backquote(b);
			break;
		case '$':
			scan_dollar(b);
			break;
		}
	}
}

/* Just after a '$' (already in b). */
static void scan_dollar(struct strbuf *b)
{
	int c = lgetc();

	if (c == '(') {
		sb_addc(b, c);
		c = lgetc();
		if (c == '(') {
			sb_addc(b, c);
			scan_parens(b, 2);
		} else {
			src_ungetc(c);
			scan_parens(b, 1);
		}
	} else if (c == '{') {
		sb_addc(b, c);
		scan_brace(b);
	} else {
		src_ungetc(c);
	}
}

static void scan_dquote(struct strbuf *b)
{
	for (;;) {
		int c = lgetc();

		if (c < 0)
			eof_error("quoted string");
		sb_addc(b, c);
		switch (c) {
		case '"':
			return;
		case '\\':
			c = src_getc();
			if (c < 0)
				eof_error("quoted string");
			sb_addc(b, c);
			break;
		case '`':
			scan_backquote(b);
			break;
		case '$':
			scan_dollar(b);
			break;
		}
	}
}

static int is_meta(int c)
{
	return c < 0 || c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' ||
	       c == '|' || c == '<' || c == '>' || c == '(' || c == ')';
}

static void read_heredocs(void)
{
	int i;

	for (i = 0; i < npending; i++) {
		struct redir *r = pending[i];
		struct strbuf body, line;
		size_t dlen = strlen(r->delim);

		sb_init(&body);
		for (;;) {
			int c, eof = 0;

			sb_init(&line);
			for (;;) {
				c = r->quoted ? src_getc() : lgetc();
				if (c < 0) {
					eof = 1;
					break;
				}
				if (c == '\n')
					break;
				if (c == '\\' && !r->quoted) {
					/* keep the escape for expansion */
					sb_addc(&line, c);
					c = src_getc();
					if (c < 0) {
						eof = 1;
						break;
					}
				}
				sb_addc(&line, c);
			}
			{
				const char *l = line.s ? line.s : "";
				size_t n = line.len;

				if (r->strip_tabs)
					while (*l == '\t') {
						l++;
						n--;
					}
				if (n == dlen && memcmp(l, r->delim, dlen) == 0) {
					sb_free(&line);
					break;
				}
				sb_addn(&body, l, n);
				if (!eof)
					sb_addc(&body, '\n');
			}
			sb_free(&line);
			if (eof)
				break;
		}
		r->target = arena_strndup(parse_arena, body.s ? body.s : "", body.len);
		sb_free(&body);
	}
	npending = 0;
}

void lex_next(struct token *t)
{
	struct strbuf b;
	int c, all_digits;

	t->text = NULL;
	t->quoted = 0;
	t->fd = -1;
again:
	do
		c = lgetc();
	while (c == ' ' || c == '\t');
	t->lineno = cur_source->lineno;
	if (c == '#') {
		while ((c = src_getc()) >= 0 && c != '\n')
			;
	}
	switch (c) {
	case -1:
		t->type = T_EOF;
		return;
	case '\n':
		t->type = T_NL;
		t->lineno--;
		if (npending)
			read_heredocs();
		return;
	case ';':
		c = lgetc();
		if (c == ';') {
			t->type = T_DSEMI;
		} else {
			src_ungetc(c);
			t->type = T_SEMI;
		}
		return;
	case '&':
		c = lgetc();
		if (c == '&') {
			t->type = T_AND;
		} else {
			src_ungetc(c);
			t->type = T_AMP;
		}
		return;
	case '|':
		c = lgetc();
		if (c == '|') {
			t->type = T_OR;
		} else {
			src_ungetc(c);
			t->type = T_PIPE;
		}
		return;
	case '(':
		t->type = T_LPAREN;
		return;
	case ')':
		t->type = T_RPAREN;
		return;
	case '<':
		t->type = T_REDIR;
		c = lgetc();
		if (c == '<') {
			t->rtype = R_HEREDOC;
			t->quoted = 0;
			c = lgetc();
			if (c == '-')
				t->quoted = 1;	/* <<-: strip tabs */
			else
				src_ungetc(c);
		} else if (c == '&') {
			t->rtype = R_DUPIN;
		} else if (c == '>') {
			t->rtype = R_RDWR;
		} else {
			src_ungetc(c);
			t->rtype = R_IN;
		}
		return;
	case '>':
		t->type = T_REDIR;
		c = lgetc();
		if (c == '>') {
			t->rtype = R_APPEND;
		} else if (c == '&') {
			t->rtype = R_DUPOUT;
		} else if (c == '|') {
			t->rtype = R_CLOBBER;
		} else {
			src_ungetc(c);
			t->rtype = R_OUT;
		}
		return;
	}
	/* a word */
	sb_init(&b);
	all_digits = 1;
	for (; !is_meta(c); c = lgetc()) {
		sb_addc(&b, c);
		if (c < '0' || c > '9')
			all_digits = 0;
		switch (c) {
		case '\'':
			t->quoted = 1;
			scan_squote(&b);
			break;
		case '"':
			t->quoted = 1;
			scan_dquote(&b);
			break;
		case '\\':
			t->quoted = 1;
			c = src_getc();
			if (c < 0)
				break;
			sb_addc(&b, c);
			break;
		case '`':
			scan_backquote(&b);
			break;
		case '$':
			scan_dollar(&b);
			break;
		}
	}
	if (all_digits && (c == '<' || c == '>') && b.len < 4) {
		int fd = atoi(b.s);

		sb_free(&b);
		src_ungetc(c);
		lex_next(t);
		t->fd = fd;
		return;
	}
	src_ungetc(c);
	if (b.len == 0) {
		sb_free(&b);
		goto again;
	}
	t->type = T_WORD;
	t->text = sb_take(&b);
}
