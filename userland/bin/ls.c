/* ls [-l] [-a] [-d] [-1] [FILE...]: list files and directories, sorted by name. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "paths.h"

static int opt_long, opt_all, opt_dir;
static int status;

struct entry {
	char *name; /* as shown */
	char *path; /* to stat */
	struct stat st;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

/* The name of uid (or gid) from /etc/passwd (/etc/group), or NULL. */
static const char *id_name(const char *file, unsigned id)
{
	static char cache[2][64];
	static unsigned cached_id[2] = { (unsigned)-1, (unsigned)-1 };
	static char line[256];
	int slot = file[5] == 'p' ? 0 : 1;
	FILE *f;

	if (cached_id[slot] == id)
		return cache[slot][0] ? cache[slot] : NULL;
	cached_id[slot] = id;
	cache[slot][0] = '\0';
	f = fopen(file, "r");
	if (f == NULL)
		return NULL;
	while (fgets(line, sizeof line, f) != NULL) {
		char *name = line;
		char *p = strchr(line, ':');
		char *q;

		if (p == NULL)
			continue;
		*p++ = '\0';
		q = strchr(p, ':'); /* skip the password */
		if (q == NULL)
			continue;
		if ((unsigned)strtol(q + 1, NULL, 10) == id && strlen(name) < sizeof cache[slot]) {
			strcpy(cache[slot], name);
			break;
		}
	}
	fclose(f);
	return cache[slot][0] ? cache[slot] : NULL;
}

static void mode_string(mode_t m, char *s)
{
	static const char rwx[] = "rwxrwxrwx";
	int i;

	s[0] = S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISCHR(m) ? 'c' : S_ISBLK(m) ? 'b' :
	       S_ISFIFO(m) ? 'p' : '-';
	for (i = 0; i < 9; i++)
		s[i + 1] = (m & (0400 >> i)) ? rwx[i] : '-';
	if (m & S_ISUID)
		s[3] = (m & 0100) ? 's' : 'S';
	if (m & S_ISGID)
		s[6] = (m & 0010) ? 's' : 'S';
	if (m & 01000) /* sticky */
		s[9] = (m & 0001) ? 't' : 'T';
	s[10] = '\0';
}

static void show(const struct entry *e)
{
	char mode[11];
	char when[32];
	const char *user, *group;
	struct tm *tm;
	time_t now = time(NULL);

	if (!opt_long) {
		puts(e->name);
		return;
	}
	mode_string(e->st.st_mode, mode);
	user = id_name("/etc/passwd", (unsigned)e->st.st_uid);
	group = id_name("/etc/group", (unsigned)e->st.st_gid);
	tm = gmtime(&e->st.st_mtime);
	if (tm == NULL)
		strcpy(when, "?");
	else if (e->st.st_mtime > now - 182L * 86400 && e->st.st_mtime < now + 3600)
		strftime(when, sizeof when, "%b %e %H:%M", tm);
	else
		strftime(when, sizeof when, "%b %e  %Y", tm);
	printf("%s %2ld ", mode, (long)e->st.st_nlink);
	if (user != NULL)
		printf("%-8s ", user);
	else
		printf("%-8u ", (unsigned)e->st.st_uid);
	if (group != NULL)
		printf("%-8s ", group);
	else
		printf("%-8u ", (unsigned)e->st.st_gid);
	if (S_ISCHR(e->st.st_mode) || S_ISBLK(e->st.st_mode))
		printf("%3u, %3u ", (unsigned)(e->st.st_rdev >> 8) & 0xff, (unsigned)e->st.st_rdev & 0xff);
	else
		printf("%8ld ", (long)e->st.st_size);
	printf("%s %s", when, e->name);
	if (S_ISLNK(e->st.st_mode)) {
		char target[1024];
		ssize_t n = readlink(e->path, target, sizeof target - 1);

		if (n >= 0) {
			target[n] = '\0';
			printf(" -> %s", target);
		}
	}
	putchar('\n');
}

static void list_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	struct entry *list = NULL;
	size_t n = 0, cap = 0, i;
	long blocks = 0;

	if (d == NULL) {
		fprintf(stderr, "ls: %s: %s\n", dir, strerror(errno));
		status = 2;
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' && !opt_all)
			continue;
		if (n == cap) {
			struct entry *more;

			cap = cap ? cap * 2 : 32;
			more = realloc(list, cap * sizeof *list);
			if (more == NULL) {
				fprintf(stderr, "ls: out of memory\n");
				exit(2);
			}
			list = more;
		}
		list[n].name = path_join("", de->d_name, "ls", 2);
		list[n].path = path_join(dir, de->d_name, "ls", 2);
		if (lstat(list[n].path, &list[n].st) != 0) {
			if (opt_long) {
				fprintf(stderr, "ls: %s: %s\n", list[n].path, strerror(errno));
				status = 1;
				free(list[n].name);
				free(list[n].path);
				continue;
			}
			memset(&list[n].st, 0, sizeof list[n].st);
		}
		blocks += ((long)list[n].st.st_size + 1023) / 1024;
		n++;
	}
	closedir(d);
	if (n > 1)
		qsort(list, n, sizeof *list, by_name);
	if (opt_long)
		printf("total %ld\n", blocks);
	for (i = 0; i < n; i++) {
		show(&list[i]);
		free(list[i].name);
		free(list[i].path);
	}
	free(list);
}

int main(int argc, char *argv[])
{
	struct entry *files, *dirs;
	size_t nf = 0, nd = 0, i;
	int c, args;

	while ((c = getopt(argc, argv, "lad1A")) != -1) {
		switch (c) {
		case 'l': opt_long = 1; break;
		case 'a': case 'A': opt_all = 1; break;
		case 'd': opt_dir = 1; break;
		case '1': break;
		default:
			fprintf(stderr, "usage: ls [-lad1] [file...]\n");
			return 2;
		}
	}
	args = argc - optind;
	if (args == 0) {
		argv[--optind] = ".";
		args = 1;
	}
	files = malloc((size_t)args * sizeof *files);
	dirs = malloc((size_t)args * sizeof *dirs);
	if (files == NULL || dirs == NULL) {
		fprintf(stderr, "ls: out of memory\n");
		return 2;
	}
	for (i = 0; i < (size_t)args; i++) {
		struct entry e;
		char *name = argv[optind + (int)i];

		e.name = name;
		e.path = name;
		if (lstat(name, &e.st) != 0) {
			fprintf(stderr, "ls: %s: %s\n", name, strerror(errno));
			status = 2;
			continue;
		}
		if (S_ISLNK(e.st.st_mode) && !opt_long && !opt_dir) {
			struct stat target;

			if (stat(name, &target) == 0)
				e.st = target;
		}
		if (S_ISDIR(e.st.st_mode) && !opt_dir)
			dirs[nd++] = e;
		else
			files[nf++] = e;
	}
	if (nf > 1)
		qsort(files, nf, sizeof *files, by_name);
	if (nd > 1)
		qsort(dirs, nd, sizeof *dirs, by_name);
	for (i = 0; i < nf; i++)
		show(&files[i]);
	for (i = 0; i < nd; i++) {
		if (nf > 0 || nd > 1)
			printf("%s%s:\n", (nf > 0 || i > 0) ? "\n" : "", dirs[i].name);
		list_dir(dirs[i].path);
	}
	return status;
}
