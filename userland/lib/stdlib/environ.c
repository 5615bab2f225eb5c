/*
 * The environment: environ (crt0 sets it from the exec frame), getenv, setenv, unsetenv,
 * putenv. The first change copies the vector to the heap; setenv's strings are the library's.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

char **environ;
static char **owned; /* the heap copy, once made */

static size_t name_length(const char *name) {
  if (name == NULL || *name == '\0' || strchr(name, '=') != NULL) {
    return 0;
  }
  return strlen(name);
}

static int find(const char *name, size_t length) {
  if (environ == NULL) {
    return -1;
  }
  for (int i = 0; environ[i] != NULL; i++) {
    if (strncmp(environ[i], name, length) == 0 && environ[i][length] == '=') {
      return i;
    }
  }
  return -1;
}

char *getenv(const char *name) {
  size_t length = name_length(name);
  if (length == 0) {
    return NULL;
  }
  int i = find(name, length);
  return i < 0 ? NULL : environ[i] + length + 1;
}

static int count(void) {
  int n = 0;
  while (environ != NULL && environ[n] != NULL) {
    n++;
  }
  return n;
}

/* Puts entry at index i, or appends it when i < 0. */
static int place(int i, char *entry) {
  if (i >= 0) {
    environ[i] = entry;
    return 0;
  }
  int n = count();
  char **vector;
  if (environ == owned && owned != NULL) {
    vector = realloc(owned, sizeof(char *) * (size_t)(n + 2));
  } else {
    vector = malloc(sizeof(char *) * (size_t)(n + 2));
    if (vector != NULL && n > 0) {
      memcpy(vector, environ, sizeof(char *) * (size_t)n);
    }
  }
  if (vector == NULL) {
    errno = ENOMEM;
    return -1;
  }
  vector[n] = entry;
  vector[n + 1] = NULL;
  environ = owned = vector;
  return 0;
}

int setenv(const char *name, const char *value, int overwrite) {
  size_t length = name_length(name);
  if (length == 0) {
    errno = EINVAL;
    return -1;
  }
  int i = find(name, length);
  if (i >= 0 && !overwrite) {
    return 0;
  }
  size_t value_length = strlen(value);
  char *entry = malloc(length + value_length + 2);
  if (entry == NULL) {
    errno = ENOMEM;
    return -1;
  }
  memcpy(entry, name, length);
  entry[length] = '=';
  memcpy(entry + length + 1, value, value_length + 1);
  if (place(i, entry) < 0) {
    free(entry);
    return -1;
  }
  return 0;
}

int putenv(char *string) {
  char *equals = strchr(string, '=');
  if (equals == NULL || equals == string) {
    errno = EINVAL;
    return -1;
  }
  return place(find(string, (size_t)(equals - string)), string);
}

int unsetenv(const char *name) {
  size_t length = name_length(name);
  if (length == 0) {
    errno = EINVAL;
    return -1;
  }
  int i;
  while ((i = find(name, length)) >= 0) {
    for (; environ[i] != NULL; i++) {
      environ[i] = environ[i + 1];
    }
  }
  return 0;
}

int clearenv(void) {
  free(owned);
  owned = NULL;
  environ = NULL;
  return 0;
}
