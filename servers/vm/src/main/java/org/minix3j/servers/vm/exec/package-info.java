/** Building an exec image (text, data, bss, stack) and relocating the exec frame onto its stack. */
package org.minix3j.servers.vm.exec;
