/*
 * parser.c: the POSIX shell grammar by recursive descent, one command line
 * at a time (a line may run over several source lines while a compound
 * command or a quote is open). The tree and its strings live in one arena.
 *
 *   list     := and_or ((';' | '&' | NL) and_or)*
 *   and_or   := pipeline (('&&' | '||') linebreak pipeline)*
 *   pipeline := ['!'] command ('|' linebreak command)*
 *   command  := compound redirect* | NAME '(' ')' linebreak command | simple
 *
 * Reserved words are recognised only unquoted and in command position.
 */
#include "sh.h"

#include <stdlib.h>
#include <string.h>

struct arena *parse_arena;
static struct token tok;
static int have_tok;
static jmp_buf *parse_jmp;

static struct token *peek(void)
{
	if (!have_tok) {
		lex_next(&tok);
		have_tok = 1;
	}
	return &tok;
}

static void consume(void)
{
	free(tok.text);
	tok.text = NULL;
	have_tok = 0;
}

static char *take_word(void)
{
	char *s = arena_strndup(parse_arena, tok.text, strlen(tok.text));

	consume();
	return s;
}

void syntax_error(const char *fmt, ...)
{
	struct strbuf b;
	va_list ap;

	sb_init(&b);
	sb_printf(&b, "sh: line %d: syntax error: ",
		  have_tok ? tok.lineno : cur_source->lineno);
	va_start(ap, fmt);
	sb_vprintf(&b, fmt, ap);
	va_end(ap);
	sb_addc(&b, '\n');
	write_all(2, b.s, b.len);
	sb_free(&b);
	longjmp(*parse_jmp, 1);
}

static const char *tok_name(struct token *t)
{
	switch (t->type) {
	case T_EOF: return "end of file";
	case T_NL: return "newline";
	case T_SEMI: return ";";
	case T_AMP: return "&";
	case T_AND: return "&&";
	case T_OR: return "||";
	case T_PIPE: return "|";
	case T_LPAREN: return "(";
	case T_RPAREN: return ")";
	case T_DSEMI: return ";;";
	case T_REDIR: return "redirection";
	case T_WORD: return t->text;
	}
	return "?";
}

static void unexpected(void)
{
	syntax_error("unexpected %s", tok_name(peek()));
}

static int is_kw(const char *kw)
{
	struct token *t = peek();

	return t->type == T_WORD && !t->quoted && strcmp(t->text, kw) == 0;
}

static void expect_kw(const char *kw)
{
	if (!is_kw(kw))
		syntax_error("expected \"%s\", found %s", kw, tok_name(peek()));
	consume();
}

static void skip_newlines(void)
{
	while (peek()->type == T_NL)
		consume();
}

static struct node *mk(enum ntype type, struct node *l, struct node *r)
{
	struct node *n = arena_alloc(parse_arena, sizeof *n);

	n->type = type;
	n->left = l;
	n->right = r;
	n->lineno = cur_source->lineno;
	return n;
}

static int at_end_of_list(void)
{
	static const char *const enders[] = {
		"then", "else", "elif", "fi", "do", "done", "esac", "}", NULL
	};
	struct token *t = peek();
	int i;

	if (t->type == T_EOF || t->type == T_RPAREN || t->type == T_DSEMI)
		return 1;
	for (i = 0; enders[i]; i++)
		if (is_kw(enders[i]))
			return 1;
	return 0;
}

static struct node *parse_list(int top);
static struct node *parse_command(void);

/* A compound list that must hold at least one command. */
static struct node *parse_body(void)
{
	struct node *n = parse_list(0);

	if (n == NULL)
		unexpected();
	return n;
}

static struct word *new_word(char *text)
{
	struct word *w = arena_alloc(parse_arena, sizeof *w);

	w->text = text;
	return w;
}

static char *unquote(const char *s)
{
	struct strbuf b;

	sb_init(&b);
	for (; *s; s++) {
		if (*s == '\'') {
			for (s++; *s && *s != '\''; s++)
				sb_addc(&b, *s);
			if (!*s)
				break;
		} else if (*s == '"') {
			continue;
		} else if (*s == '\\' && s[1]) {
			sb_addc(&b, *++s);
		} else {
			sb_addc(&b, *s);
		}
	}
	{
		char *r = arena_strndup(parse_arena, b.s ? b.s : "", b.len);

		sb_free(&b);
		return r;
	}
}

static void parse_redirect(struct redir ***tail)
{
	struct token *t = peek();
	struct redir *r = arena_alloc(parse_arena, sizeof *r);

	r->type = t->rtype;
	if (t->fd >= 0)
		r->fd = t->fd;
	else
		r->fd = (r->type == R_IN || r->type == R_DUPIN || r->type == R_RDWR ||
			 r->type == R_HEREDOC) ? 0 : 1;
	if (r->type == R_HEREDOC)
		r->strip_tabs = t->quoted;
	consume();
	t = peek();
	if (t->type != T_WORD)
		syntax_error("missing redirection target, found %s", tok_name(t));
	if (r->type == R_HEREDOC) {
		r->quoted = t->quoted;
		r->delim = unquote(t->text);
		consume();
		lex_heredoc_pending(r);
	} else {
		r->target = take_word();
	}
	**tail = r;
	*tail = &r->next;
}

static int is_assignment(const char *s)
{
	const char *eq = strchr(s, '=');

	return eq != NULL && is_name(s, (size_t)(eq - s));
}

static struct node *parse_simple(void)
{
	struct node *n = mk(N_CMD, NULL, NULL);
	struct word **wtail = &n->words, **atail = &n->assigns;
	struct redir **rtail = &n->redirs;
	int any = 0;

	for (;;) {
		struct token *t = peek();

		if (t->type == T_REDIR) {
			parse_redirect(&rtail);
			any = 1;
			continue;
		}
		if (t->type != T_WORD)
			break;
		if (n->words == NULL && is_assignment(t->text)) {
			*atail = new_word(take_word());
			atail = &(*atail)->next;
			any = 1;
			continue;
		}
		*wtail = new_word(take_word());
		wtail = &(*wtail)->next;
		if (!any && peek()->type == T_LPAREN) {
			struct node *f;

			consume();
			if (peek()->type != T_RPAREN)
				unexpected();
			consume();
			if (!is_name(n->words->text, strlen(n->words->text)))
				syntax_error("bad function name %s", n->words->text);
			skip_newlines();
			f = mk(N_FUNC, parse_command(), NULL);
			f->name = n->words->text;
			return f;
		}
		any = 1;
	}
	if (!any)
		unexpected();
	return n;
}

static struct node *parse_if_body(void)
{
	struct node *n = mk(N_IF, NULL, NULL);

	n->left = parse_body();
	expect_kw("then");
	n->right = parse_body();
	if (is_kw("elif")) {
		consume();
		n->third = parse_if_body();
	} else if (is_kw("else")) {
		consume();
		n->third = parse_body();
	}
	return n;
}

static struct node *parse_for(void)
{
	struct node *n = mk(N_FOR, NULL, NULL);
	struct word **wtail = &n->words;
	struct token *t = peek();

	if (t->type != T_WORD || !is_name(t->text, strlen(t->text)))
		syntax_error("bad for variable %s", tok_name(t));
	n->name = take_word();
	if (peek()->type == T_SEMI) {
		consume();
	} else {
		skip_newlines();
		if (is_kw("in")) {
			consume();
			n->has_in = 1;
			while (peek()->type == T_WORD) {
				*wtail = new_word(take_word());
				wtail = &(*wtail)->next;
			}
			if (peek()->type != T_SEMI && peek()->type != T_NL)
				unexpected();
			consume();
		}
	}
	skip_newlines();
	expect_kw("do");
	n->left = parse_body();
	expect_kw("done");
	return n;
}

static struct node *parse_case(void)
{
	struct node *n = mk(N_CASE, NULL, NULL);
	struct caseitem **ctail = &n->cases;

	if (peek()->type != T_WORD)
		unexpected();
	n->words = new_word(take_word());
	skip_newlines();
	expect_kw("in");
	skip_newlines();
	while (!is_kw("esac")) {
		struct caseitem *c = arena_alloc(parse_arena, sizeof *c);
		struct word **ptail = &c->patterns;

		if (peek()->type == T_LPAREN)
			consume();
		for (;;) {
			if (peek()->type != T_WORD)
				unexpected();
			*ptail = new_word(take_word());
			ptail = &(*ptail)->next;
			if (peek()->type != T_PIPE)
				break;
			consume();
		}
		if (peek()->type != T_RPAREN)
			unexpected();
		consume();
		c->body = parse_list(0);
		*ctail = c;
		ctail = &c->next;
		if (peek()->type == T_DSEMI) {
			consume();
			skip_newlines();
		} else if (!is_kw("esac")) {
			unexpected();
		}
	}
	consume();
	return n;
}

static struct node *parse_command(void)
{
	struct token *t = peek();
	struct node *n;
	struct redir **rtail;

	if (t->type == T_LPAREN) {
		consume();
		n = mk(N_SUBSHELL, parse_body(), NULL);
		if (peek()->type != T_RPAREN)
			unexpected();
		consume();
	} else if (is_kw("{")) {
		consume();
		n = mk(N_GROUP, parse_body(), NULL);
		expect_kw("}");
	} else if (is_kw("if")) {
		consume();
		n = parse_if_body();
		expect_kw("fi");
	} else if (is_kw("while") || is_kw("until")) {
		int until = is_kw("until");

		consume();
		n = mk(until ? N_UNTIL : N_WHILE, parse_body(), NULL);
		expect_kw("do");
		n->right = parse_body();
		expect_kw("done");
	} else if (is_kw("for")) {
		consume();
		n = parse_for();
	} else if (is_kw("case")) {
		consume();
		n = parse_case();
	} else {
		if (at_end_of_list())
			unexpected();
		return parse_simple();
	}
	rtail = &n->redirs;
	while (peek()->type == T_REDIR)
		parse_redirect(&rtail);
	return n;
}

static struct node *parse_pipeline(void)
{
	struct node *n;
	int neg = 0;

	while (is_kw("!")) {
		consume();
		neg = !neg;
	}
	n = parse_command();
	while (peek()->type == T_PIPE) {
		consume();
		skip_newlines();
		n = mk(N_PIPE, n, parse_command());
	}
	return neg ? mk(N_NOT, n, NULL) : n;
}

static struct node *parse_and_or(void)
{
	struct node *n = parse_pipeline();

	for (;;) {
		enum tok t = peek()->type;

		if (t != T_AND && t != T_OR)
			return n;
		consume();
		skip_newlines();
		n = mk(t == T_AND ? N_AND : N_OR, n, parse_pipeline());
	}
}

static struct node *parse_list(int top)
{
	struct node *head = NULL;

	for (;;) {
		struct node *n;
		enum tok t;

		if (!top)
			skip_newlines();
		if (at_end_of_list() || peek()->type == T_NL)
			break;
		n = parse_and_or();
		t = peek()->type;
		if (t == T_AMP) {
			consume();
			n = mk(N_BG, n, NULL);
		} else if (t == T_SEMI) {
			consume();
		} else if (t == T_NL && !top) {
			consume();
		} else {
			head = head ? mk(N_SEQ, head, n) : n;
			break;
		}
		head = head ? mk(N_SEQ, head, n) : n;
	}
	return head;
}

int parse_line(struct node **out, struct arena **arena)
{
	jmp_buf jb;
	struct node *n;
	enum tok t;

	*out = NULL;
	*arena = NULL;
	parse_arena = arena_new();
	have_tok = 0;
	lex_reset();
	if (setjmp(jb)) {
		free(tok.text);
		tok.text = NULL;
		have_tok = 0;
		arena_unref(parse_arena);
		return 2;
	}
	parse_jmp = &jb;
	t = peek()->type;
	if (t == T_EOF) {
		arena_unref(parse_arena);
		have_tok = 0;
		return 0;
	}
	n = parse_list(1);
	t = peek()->type;
	if (t == T_NL)
		consume();
	else if (t != T_EOF)
		unexpected();
	else
		have_tok = 0;
	*out = n;
	*arena = parse_arena;
	return 1;
}
