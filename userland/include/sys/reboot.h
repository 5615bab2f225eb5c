#ifndef _SYS_REBOOT_H
#define _SYS_REBOOT_H

#include <minix/pm.h>

#define RB_HALT_SYSTEM PM_REBOOT_HALT
#define RB_POWER_OFF PM_REBOOT_POWEROFF
#define RB_HALT PM_REBOOT_HALT
#define RB_POWEROFF PM_REBOOT_POWEROFF

/* Root only: ends every process, syncs, stops the machine; the host sees status 0. */
int reboot(int how);
/* The same, and the machine reports status to its host (what `boot -c` exits with). */
int reboot_status(int how, int status);

#endif
