#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "check.h"

/* Streams on a scratch file (TEST_TMP), and the buffering of stdout and stderr. */
void test_stdio(void) {
  const char *path = getenv("TEST_TMP");
  CHECK(path != NULL);
  if (path == NULL) {
    return;
  }
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  CHECK_INT(fprintf(f, "line %d\n", 1), 7);
  CHECK_INT(fputs("second line\n", f), 0);
  CHECK_INT(fputc('x', f), 'x');
  CHECK_INT(fwrite("yz\nlast", 1, 7, f), 7);
  CHECK_INT(fclose(f), 0);

  f = fopen(path, "r");
  CHECK(f != NULL);
  char line[64];
  CHECK_STR(fgets(line, sizeof line, f), "line 1\n");
  CHECK_INT(fgetc(f), 's');
  CHECK_INT(ungetc('S', f), 'S');
  CHECK_STR(fgets(line, sizeof line, f), "Second line\n");
  CHECK_INT(ftell(f), 19);
  char *dynamic = NULL;
  size_t capacity = 0;
  CHECK_INT(getline(&dynamic, &capacity, f), 4);
  CHECK_STR(dynamic, "xyz\n");
  CHECK_INT(getline(&dynamic, &capacity, f), 4);
  CHECK_STR(dynamic, "last");
  CHECK_INT(getline(&dynamic, &capacity, f), -1);
  CHECK(feof(f) && !ferror(f));
  free(dynamic);
  rewind(f);
  CHECK(!feof(f));
  char block[8] = {0};
  CHECK_INT(fread(block, 2, 3, f), 3);
  CHECK_STR(block, "line 1");
  CHECK_INT(fseek(f, -4, SEEK_END), 0);
  CHECK_STR(fgets(line, sizeof line, f), "last");
  int n = 0;
  CHECK_INT(fseek(f, 5, SEEK_SET), 0);
  CHECK_INT(fscanf(f, "%d", &n), 1);
  CHECK_INT(n, 1);
  CHECK_INT(fileno(f) > 2, 1);
  CHECK_INT(fclose(f), 0);

  f = fopen(path, "a");
  fputs("+more\n", f);
  fclose(f);
  f = fopen(path, "r+");
  CHECK(f != NULL);
  fseek(f, 0, SEEK_END);
  CHECK_INT(ftell(f), 33);
  fseek(f, 0, SEEK_SET);
  fputs("LINE", f);
  fseek(f, 0, SEEK_SET);
  CHECK_STR(fgets(line, sizeof line, f), "LINE 1\n");
  fclose(f);
  CHECK(fopen("/nonexistent/dir/file", "r") == NULL && errno == ENOENT);
  CHECK(fopen(path, "q") == NULL && errno == EINVAL);
  unlink(path);

  /* stdout is fully buffered off a terminal: the direct write comes out first. */
  fflush(stdout);
  printf("buffered ");
  write(1, "direct\n", 7);
  fflush(stdout);
  printf("\n");
  /* unbuffered: in order. */
  setvbuf(stdout, NULL, _IONBF, 0);
  printf("unbuffered ");
  write(1, "then direct\n", 12);
  setvbuf(stdout, NULL, _IOLBF, 0);
  printf("line ");
  write(1, "[before newline] ", 17);
  printf("buffered\n");
  write(1, "after\n", 6);
  setvbuf(stdout, NULL, _IOFBF, 0);
  puts("puts adds a newline");
  putchar('!');
  putchar('\n');
  fflush(stdout);
  CHECK(stderr != NULL && fileno(stderr) == 2);
}
