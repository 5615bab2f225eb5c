/* Path helpers shared by the utilities (linked into each of them). */
#ifndef PATHS_H
#define PATHS_H

/* dir/name in new memory (no doubled slash); on no memory, "PROGRAM: out of memory" and exit(status). */
char *path_join(const char *dir, const char *name, const char *program, int status);

/* The last component of path, trailing slashes ignored (a static buffer). */
const char *path_last(const char *path);

/*
 * The "SOURCE... TARGET" rule of cp, mv and ln: argv[first..argc-2] are the sources; each goes
 * to TARGET, or to TARGET/its last component when TARGET is a directory (required for more
 * than one source). action's statuses are or-ed; usage errors give 1.
 */
int each_source(int argc, char **argv, int first, const char *program, const char *usage,
		int (*action)(const char *from, const char *to));

#endif
