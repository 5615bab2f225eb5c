/*
 * The IPC trap and the message helper under every POSIX call: a message is 64 bytes (source,
 * type, 14 payload words); _sendrec traps with int 0x21 (EAX = SENDREC, EBX = endpoint, ECX =
 * the message) and the reply overwrites the message; _syscall sets the type, traps, and turns a
 * negative IPC result or reply type into errno and -1.
 */
#ifndef _MINIX_SYSCALL_H
#define _MINIX_SYSCALL_H

#include <minix/endpoints.h>
#include <minix/ipc.h>
#include <minix/message_layout.h>

typedef struct message {
  int m_source;
  int m_type;
  int m_w[MESSAGE_PAYLOAD_WORDS];
} message;

_Static_assert(sizeof(message) == MESSAGE_SIZE, "a message is MESSAGE_SIZE bytes");

/* The raw trap: 0 or a negative IPC error; the reply is in *m. */
int _sendrec(int endpoint, message *m);

/* A call: the reply's type (>= 0), or -1 with errno set. */
int _syscall(int endpoint, int type, message *m);

#endif
