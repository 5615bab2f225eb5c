/*
 * su USER [-c COMMAND]: run a shell (or `sh -c COMMAND`) as USER, a name in /etc/passwd or a
 * numeric uid (its gid the same then). There are no passwords: only root may switch users
 * (EPERM otherwise), as root's su never asks for one.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The uid and gid of name from /etc/passwd (name:x:uid:gid:...); 0, or -1 if none. */
static int lookup(const char *name, int *uid, int *gid)
{
	char line[256];
	FILE *passwd = fopen("/etc/passwd", "r");
	size_t length = strlen(name);

	if (passwd == NULL)
		return -1;
	while (fgets(line, sizeof line, passwd) != NULL) {
		char *field;

		if (strncmp(line, name, length) != 0 || line[length] != ':')
			continue;
		field = strchr(line + length + 1, ':');
		if (field == NULL)
			break;
		*uid = atoi(field + 1);
		field = strchr(field + 1, ':');
		*gid = field == NULL ? *uid : atoi(field + 1);
		fclose(passwd);
		return 0;
	}
	fclose(passwd);
	return -1;
}

int main(int argc, char *argv[])
{
	char *shell_argv[4] = { "sh", NULL, NULL, NULL };
	const char *user;
	char *end;
	int uid;
	int gid;

	if (argc != 2 && !(argc == 4 && strcmp(argv[2], "-c") == 0)) {
		fprintf(stderr, "usage: su user [-c command]\n");
		return 2;
	}
	user = argv[1];
	uid = (int)strtol(user, &end, 10);
	gid = uid;
	if ((*user == '\0' || *end != '\0' || uid < 0) && lookup(user, &uid, &gid) < 0) {
		fprintf(stderr, "su: %s: no such user\n", user);
		return 1;
	}
	if (getuid() != 0) {
		fprintf(stderr, "su: %s\n", strerror(EPERM));
		return 1;
	}
	if (setgid(gid) < 0 || setuid(uid) < 0) {
		fprintf(stderr, "su: %s: %s\n", user, strerror(errno));
		return 1;
	}
	if (argc == 4) {
		shell_argv[1] = "-c";
		shell_argv[2] = argv[3];
	}
	execv("/bin/sh", shell_argv);
	fprintf(stderr, "su: /bin/sh: %s\n", strerror(errno));
	return 127;
}
