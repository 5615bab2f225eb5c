/*
 * sh: the minix3j shell, shared declarations.
 *
 * The shell reads a source (a string, a script or the terminal) one command
 * line at a time: the lexer (lexer.c) cuts it into tokens, the parser
 * (parser.c) builds a tree of nodes in an arena, the evaluator (exec.c) walks
 * the tree, expanding words (expand.c, glob.c, arith.c) just before each
 * command runs, then the arena is released. Function definitions keep a
 * reference on the arena of the line that defined them.
 *
 * Words are kept in the tree exactly as written (quotes included); expansion
 * interprets the quoting. No limit is fixed on a line, a word or a list.
 */
#ifndef SH_H
#define SH_H

#include <stddef.h>
#include <stdarg.h>
#include <setjmp.h>
#include <sys/types.h>

/* ---- util.c: memory, growing strings, output, errors ---- */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

struct strbuf {
	char *s;
	size_t len, cap;
};
void sb_init(struct strbuf *b);
void sb_addc(struct strbuf *b, int c);
void sb_addn(struct strbuf *b, const char *s, size_t n);
void sb_adds(struct strbuf *b, const char *s);
void sb_printf(struct strbuf *b, const char *fmt, ...);
void sb_vprintf(struct strbuf *b, const char *fmt, va_list ap);
char *sb_take(struct strbuf *b);	/* the string (malloc'd); b is reset */
void sb_free(struct strbuf *b);

int write_all(int fd, const char *s, size_t n);
void out_printf(int fd, const char *fmt, ...);
void sh_warn(const char *fmt, ...);		/* "sh: ..." on stderr */
void sh_error(const char *fmt, ...);		/* warn, then abandon the command */
void sh_raise(int status);			/* abandon the command line */
int is_name(const char *s, size_t n);		/* a valid variable name */
int parse_int(const char *s, long *out);	/* a whole decimal number */

/* ---- arena: the nodes and strings of one parsed command line ---- */
struct arena;
struct arena *arena_new(void);
void *arena_alloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
void arena_ref(struct arena *a);
void arena_unref(struct arena *a);

/* ---- the tree ---- */
enum ntype {
	N_CMD, N_PIPE, N_AND, N_OR, N_SEQ, N_BG, N_NOT, N_SUBSHELL, N_GROUP,
	N_IF, N_WHILE, N_UNTIL, N_FOR, N_CASE, N_FUNC
};

enum rtype { R_IN, R_OUT, R_APPEND, R_CLOBBER, R_RDWR, R_DUPIN, R_DUPOUT, R_HEREDOC };

struct word {
	struct word *next;
	char *text;			/* as written, quotes included */
};

struct redir {
	struct redir *next;
	enum rtype type;
	int fd;
	char *target;			/* a word; for R_HEREDOC the body */
	int strip_tabs;			/* <<- */
	int quoted;			/* here-document delimiter was quoted */
	char *delim;			/* here-document delimiter, unquoted */
};

struct caseitem {
	struct caseitem *next;
	struct word *patterns;
	struct node *body;
};

struct node {
	enum ntype type;
	int lineno;
	struct redir *redirs;
	struct word *assigns;		/* N_CMD */
	struct word *words;		/* N_CMD arguments, N_FOR list, N_CASE subject */
	int has_in;			/* N_FOR: "in" was given */
	char *name;			/* N_FOR variable, N_FUNC name */
	struct node *left, *right, *third;	/* operands; if: cond/then/else */
	struct caseitem *cases;
	struct arena *arena;		/* N_FUNC: arena holding the body */
};

/* ---- input.c: sources of command text ---- */
struct source {
	struct source *prev;
	int fd;				/* -1 for a string source */
	const char *str;
	size_t strlen;
	char *buf;
	size_t pos, len;
	int interactive;
	int lineno;
	int eof;
	int unget[4];
	int nunget;
};
extern struct source *cur_source;
extern int prompt_level;		/* 1: next read shows PS1, 2: PS2, 0: none */
struct source *source_string(const char *s, size_t n);
struct source *source_fd(int fd, int interactive);
void source_push(struct source *s);
void source_pop(void);
int src_getc(void);
void src_ungetc(int c);
void source_discard_line(void);

/* ---- lexer.c / parser.c ---- */
enum tok {
	T_EOF, T_NL, T_SEMI, T_AMP, T_AND, T_OR, T_PIPE, T_LPAREN, T_RPAREN,
	T_DSEMI, T_WORD, T_REDIR
};
struct token {
	enum tok type;
	char *text;			/* T_WORD: raw text (malloc'd) */
	int quoted;			/* T_WORD contained quoting */
	enum rtype rtype;
	int fd;				/* T_REDIR: explicit descriptor, or -1 */
	int lineno;
};
void lex_next(struct token *t);
void lex_heredoc_pending(struct redir *r);
void lex_reset(void);
extern struct arena *parse_arena;

/* Parse one command line of the current source into a new arena. Returns 0
 * at end of input, 1 otherwise (*out may be NULL for an empty line). */
int parse_line(struct node **out, struct arena **arena);
void syntax_error(const char *fmt, ...);

/* ---- var.c ---- */
#define V_EXPORT 1
#define V_READONLY 2
const char *var_get(const char *name);
int var_set(const char *name, const char *value, int flags);
int var_setn(const char *name, size_t namelen, const char *value, int flags);
int var_unset(const char *name);
int var_flags(const char *name);
void var_mark(const char *name, int flags);
char **var_environ(void);
void var_import(char **envp);
void var_list(int fd, int flags, const char *prefix);
const char *ifs_chars(void);

struct params {
	int n;
	char **v;
};
extern struct params posparams;
extern char *arg0;
void params_set(int n, char **v);	/* copies */
void params_free(struct params *p);

/* ---- shell state ---- */
extern int exitstatus;
extern int interactive;
extern int jobctl;
extern int eflag, xflag, uflag, fflag, nflag, vflag;
extern int in_subshell;
extern pid_t shell_pid;
extern pid_t last_bg_pid;
extern int ttyfd;
extern volatile int got_sigint;
extern jmp_buf *toplevel;

/* ---- expand.c ---- */
struct strlist {
	char **v;
	int n, cap;
};
void sl_init(struct strlist *l);
void sl_add(struct strlist *l, char *s);
void sl_free(struct strlist *l);
void expand_words(struct word *w, struct strlist *out);	/* split and glob */
char *expand_string(const char *raw);		/* no split, no glob */
char *expand_pattern(const char *raw);		/* quoted chars escaped by \ */
char *expand_heredoc(const char *body);
extern int cmdsub_status;

/* ---- glob.c ---- */
int pmatch(const char *pat, const char *s);
int has_glob(const char *pat);
void glob_expand(const char *pat, struct strlist *out);	/* sorted; 0 matches: none */
char *pattern_unescape(const char *pat);

/* ---- arith.c ---- */
long arith_eval(const char *expr);

/* ---- exec.c ---- */
#define EV_EXIT 1			/* the last command of this process */
#define EV_TESTED 2			/* status is tested: no set -e */
int eval(struct node *n, int flags);
int eval_string(const char *s, size_t n, int exit_at_end);
int run_main(struct source *s, int exit_at_end);
int run_source(struct source *s, int toplevel_loop);
char *cmdsub_run(const char *text, size_t n);
void reset_child_signals(void);
void forked_child(void);
extern int evalskip;			/* SKIP_BREAK, SKIP_CONT, SKIP_FUNC */
extern int skipcount;
extern int loopnest, funcnest;
#define SKIP_BREAK 1
#define SKIP_CONT 2
#define SKIP_FUNC 3
void func_define(const char *name, struct node *body, struct arena *a);
int func_unset(const char *name);
char *find_in_path(const char *name);
void exec_command(char **argv);		/* never returns */

/* ---- redir.c ---- */
#define REDIR_SAVE 1
int redirect(struct redir *r, int flags);	/* 0 ok, -1 failure reported */
void redir_restore(void);			/* undo the last saved redirect() */
void redir_restore_all(int depth);
int redir_depth(void);

/* ---- jobs.c ---- */
struct job;
struct job *job_new(void);
pid_t job_fork(struct job *j, struct node *n, int bg);
int job_wait(struct job *j);
void job_background(struct job *j);
int wait_status_code(int status);
void jobs_reap(int block);
void jobs_notify(void);
void jobs_clear(void);
int bi_jobs(int argc, char **argv);
int bi_fg(int argc, char **argv);
int bi_bg(int argc, char **argv);
int bi_wait(int argc, char **argv);
void jobctl_init(void);

/* ---- builtins.c ---- */
typedef int (*builtin_fn)(int argc, char **argv);
struct builtin {
	const char *name;
	builtin_fn fn;
	int special;
};
const struct builtin *find_builtin(const char *name);
int bi_test(int argc, char **argv);
int bi_echo(int argc, char **argv);
int bi_printf(int argc, char **argv);
int set_options(int argc, char **argv, int *first);

#endif
