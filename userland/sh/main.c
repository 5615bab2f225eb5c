/*
 * main.c: sh [-eixufnvm] [-c command [name [arg...]] | -s [arg...] | file [arg...]]
 *
 * With -c the command string is run; with a file, the script; otherwise
 * commands come from standard input, with prompts (PS1, then PS2 for
 * continuation lines) and job control when it is a terminal.
 */
#include "sh.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

int interactive, jobctl, in_subshell;
pid_t shell_pid, last_bg_pid;
volatile int got_sigint;
jmp_buf *toplevel;

static void usage(const char *why)
{
	sh_warn("%s", why);
	write_all(2, "usage: sh [-eixufnvm] [-c command [name [arg...]] | file [arg...]]\n", 68);
	exit(2);
}

static void init_vars(void)
{
	const char *pwd = var_get("PWD");
	struct stat a, b;
	struct strbuf s;

	if (var_get("PATH") == NULL)
		var_set("PATH", "/bin:/sbin:/usr/bin", 0);
	if (var_get("PS1") == NULL)
		var_set("PS1", geteuid() == 0 ? "# " : "$ ", 0);
	if (var_get("PS2") == NULL)
		var_set("PS2", "> ", 0);
	var_set("IFS", " \t\n", 0);
	var_set("OPTIND", "1", 0);
	sb_init(&s);
	sb_printf(&s, "%d", (int)getppid());
	var_set("PPID", s.s, 0);
	sb_free(&s);
	if (!(pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
	      a.st_dev == b.st_dev && a.st_ino == b.st_ino)) {
		size_t size = 256;

		for (;;) {
			char *buf = xmalloc(size);

			if (getcwd(buf, size) != NULL) {
				var_set("PWD", buf, V_EXPORT);
				free(buf);
				break;
			}
			free(buf);
			if (errno != ERANGE || size > 65536)
				break;
			size *= 2;
		}
	}
}

int main(int argc, char **argv)
{
	int i = 1, cflag = 0, sflag = 0, iflag = 0;
	struct source *src;

	shell_pid = getpid();
	var_import(environ);
	init_vars();
	arg0 = argv[0] ? argv[0] : "sh";
	for (; i < argc && (argv[i][0] == '-' || argv[i][0] == '+') && argv[i][1]; i++) {
		const char *a = argv[i];
		int on = a[0] == '-';

		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		for (a++; *a; a++) {
			switch (*a) {
			case 'c': cflag = on; break;
			case 's': sflag = on; break;
			case 'i': iflag = on; break;
			case 'e': eflag = on; break;
			case 'x': xflag = on; break;
			case 'u': uflag = on; break;
			case 'f': fflag = on; break;
			case 'n': nflag = on; break;
			case 'v': vflag = on; break;
			case 'm': break;
			default: {
				char msg[] = "illegal option -?";

				msg[16] = *a;
				usage(msg);
			}
			}
		}
	}
	if (cflag) {
		const char *cmd;

		if (i >= argc)
			usage("-c requires an argument");
		cmd = argv[i++];
		if (i < argc)
			arg0 = argv[i++];
		src = source_string(cmd, strlen(cmd));
	} else if (!sflag && i < argc) {
		int fd = open(argv[i], O_RDONLY);

		if (fd < 0) {
			sh_warn("cannot open %s: %s", argv[i], strerror(errno));
			exit(127);
		}
		if (fd < 10) {
			int hi = fcntl(fd, F_DUPFD, 10);

			close(fd);
			fd = hi;
		}
		fcntl(fd, F_SETFD, FD_CLOEXEC);
		arg0 = argv[i++];
		src = source_fd(fd, 0);
	} else {
		interactive = iflag || isatty(0);
		src = source_fd(0, interactive);
	}
	params_set(argc - i, argv + i);
	if (interactive) {
		jobctl_init();
		prompt_level = 1;
	}
	run_main(src, cflag);
	if (interactive)
		write_all(2, "\n", 1);
	exit(exitstatus);
}
