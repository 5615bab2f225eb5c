/* Path helpers shared by the utilities (linked into each of them). */
#ifndef PATHS_H
#define PATHS_H

/* dir/name in new memory (no doubled slash); on no memory, "PROGRAM: out of memory" and exit(status). */
char *path_join(const char *dir, const char *name, const char *program, int status);

/* The last component of path, trailing slashes ignored (a static buffer). */
const char *path_last(const char *path);

#endif
