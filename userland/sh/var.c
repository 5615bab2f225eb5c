/*
 * var.c: shell variables (a hash table of name, value, flags) and the
 * positional parameters. Exported variables make the environment of the
 * commands the shell runs; a readonly variable refuses change.
 */
#include "sh.h"

#include <stdlib.h>
#include <string.h>

#define NBUCKETS 64

struct var {
	struct var *next;
	char *name;
	char *value;			/* NULL: declared (exported) but unset */
	int flags;
};

static struct var *table[NBUCKETS];
struct params posparams;
char *arg0;

static unsigned hash(const char *s, size_t n)
{
	unsigned h = 5381;

	while (n--)
		h = h * 33 + (unsigned char)*s++;
	return h % NBUCKETS;
}

static struct var **lookup(const char *name, size_t n)
{
	struct var **pp = &table[hash(name, n)];

	for (; *pp; pp = &(*pp)->next)
		if (strncmp((*pp)->name, name, n) == 0 && (*pp)->name[n] == '\0')
			return pp;
	return pp;
}

const char *var_get(const char *name)
{
	struct var *v = *lookup(name, strlen(name));

	return v ? v->value : NULL;
}

int var_flags(const char *name)
{
	struct var *v = *lookup(name, strlen(name));

	return v ? v->flags : 0;
}

int var_setn(const char *name, size_t n, const char *value, int flags)
{
	struct var **pp = lookup(name, n);
	struct var *v = *pp;

	if (v == NULL) {
		v = xmalloc(sizeof *v);
		v->next = NULL;
		v->name = xstrndup(name, n);
		v->value = NULL;
		v->flags = 0;
		*pp = v;
	} else if (v->flags & V_READONLY) {
		sh_warn("%s: is read only", v->name);
		return -1;
	}
	if (value != NULL) {
		char *old = v->value;

		v->value = xstrdup(value);
		free(old);
	}
	v->flags |= flags;
	return 0;
}

int var_set(const char *name, const char *value, int flags)
{
	return var_setn(name, strlen(name), value, flags);
}

void var_mark(const char *name, int flags)
{
	var_set(name, NULL, flags);
}

int var_unset(const char *name)
{
	struct var **pp = lookup(name, strlen(name));
	struct var *v = *pp;

	if (v == NULL)
		return 0;
	if (v->flags & V_READONLY) {
		sh_warn("%s: is read only", name);
		return 1;
	}
	*pp = v->next;
	free(v->name);
	free(v->value);
	free(v);
	return 0;
}

static int cmp_var(const void *a, const void *b)
{
	return strcmp((*(struct var *const *)a)->name, (*(struct var *const *)b)->name);
}

static struct var **sorted(int flags, int *count)
{
	struct var **list;
	struct var *v;
	int n = 0, i;

	for (i = 0; i < NBUCKETS; i++)
		for (v = table[i]; v; v = v->next)
			n++;
	list = xmalloc(sizeof *list * (size_t)(n + 1));
	n = 0;
	for (i = 0; i < NBUCKETS; i++)
		for (v = table[i]; v; v = v->next)
			if ((v->flags & flags) == flags)
				list[n++] = v;
	qsort(list, (size_t)n, sizeof *list, cmp_var);
	*count = n;
	return list;
}

char **var_environ(void)
{
	int n, i, k = 0;
	struct var **list = sorted(V_EXPORT, &n);
	char **env = xmalloc(sizeof *env * (size_t)(n + 1));

	for (i = 0; i < n; i++) {
		struct strbuf b;

		if (list[i]->value == NULL)
			continue;
		sb_init(&b);
		sb_adds(&b, list[i]->name);
		sb_addc(&b, '=');
		sb_adds(&b, list[i]->value);
		env[k++] = sb_take(&b);
	}
	env[k] = NULL;
	free(list);
	return env;
}

void var_import(char **envp)
{
	for (; envp && *envp; envp++) {
		const char *eq = strchr(*envp, '=');

		if (eq && is_name(*envp, (size_t)(eq - *envp)))
			var_setn(*envp, (size_t)(eq - *envp), eq + 1, V_EXPORT);
	}
}

/* name='value' lines, quoted so the shell can read them back. */
void var_list(int fd, int flags, const char *prefix)
{
	int n, i;
	struct var **list = sorted(flags, &n);
	struct strbuf b;

	sb_init(&b);
	for (i = 0; i < n; i++) {
		const char *p;

		sb_adds(&b, prefix);
		sb_adds(&b, list[i]->name);
		if (list[i]->value) {
			sb_adds(&b, "='");
			for (p = list[i]->value; *p; p++) {
				if (*p == '\'')
					sb_adds(&b, "'\\''");
				else
					sb_addc(&b, *p);
			}
			sb_addc(&b, '\'');
		}
		sb_addc(&b, '\n');
	}
	if (b.len)
		write_all(fd, b.s, b.len);
	sb_free(&b);
	free(list);
}

const char *ifs_chars(void)
{
	const char *ifs = var_get("IFS");

	return ifs ? ifs : " \t\n";
}

void params_free(struct params *p)
{
	int i;

	for (i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

void params_set(int n, char **v)
{
	struct params p;
	int i;

	p.n = n;
	p.v = xmalloc(sizeof *p.v * (size_t)(n + 1));
	for (i = 0; i < n; i++)
		p.v[i] = xstrdup(v[i]);
	p.v[n] = NULL;
	params_free(&posparams);
	posparams = p;
}
