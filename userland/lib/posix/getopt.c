/* getopt(3), POSIX: options clustered or separate, "--" ends them, a leading ':' in the
 * option string makes a missing argument return ':' instead of '?'. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1;
int opterr = 1;
int optopt;

static int cluster_position; /* inside argv[optind], 0 at its start */

int getopt(int argc, char *const argv[], const char *options) {
  if (optind == 0) {
    optind = 1;
    cluster_position = 0;
  }
  optarg = NULL;
  if (cluster_position == 0) {
    if (optind >= argc || argv[optind] == NULL || argv[optind][0] != '-'
        || argv[optind][1] == '\0') {
      return -1;
    }
    if (strcmp(argv[optind], "--") == 0) {
      optind++;
      return -1;
    }
    cluster_position = 1;
  }
  const char *word = argv[optind];
  int c = (unsigned char)word[cluster_position++];
  const char *spec = c == ':' ? NULL : strchr(options, c);
  int quiet = options[0] == ':';
  if (spec == NULL) {
    optopt = c;
    if (opterr && !quiet) {
      fprintf(stderr, "%s: unknown option -- %c\n", argv[0], c);
    }
    if (word[cluster_position] == '\0') {
      optind++;
      cluster_position = 0;
    }
    return '?';
  }
  if (spec[1] == ':') {
    if (word[cluster_position] != '\0') {
      optarg = (char *)word + cluster_position;
      optind++;
    } else if (optind + 1 < argc) {
      optarg = argv[optind + 1];
      optind += 2;
    } else {
      optopt = c;
      optind++;
      cluster_position = 0;
      if (quiet) {
        return ':';
      }
      if (opterr) {
        fprintf(stderr, "%s: option requires an argument -- %c\n", argv[0], c);
      }
      return '?';
    }
    cluster_position = 0;
    return c;
  }
  if (word[cluster_position] == '\0') {
    optind++;
    cluster_position = 0;
  }
  return c;
}
