# `make check`: the library's pure parts (everything but lib/sys) linked with a Linux int 0x80
# shim for write/read/open/close/lseek/exit and a static arena for sbrk, run under
# qemu-i386-static; the output must equal expected.txt exactly.

TEST_DIR := $(USERLAND)/lib/test
TEST_BUILD := $(BUILD)/test
TEST_SOURCES := $(sort $(wildcard $(TEST_DIR)/*.c))
TEST_OBJECTS := $(patsubst $(TEST_DIR)/%.c,$(TEST_BUILD)/%.o,$(TEST_SOURCES))
TEST_PROGRAM := $(TEST_BUILD)/libc_test

$(TEST_BUILD)/%.o: $(TEST_DIR)/%.c | $(HEADERS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(LIB_CFLAGS) -I $(TEST_DIR) -MMD -MP -c $< -o $@

$(TEST_PROGRAM): $(TEST_OBJECTS) $(CRT0) $(BUILD)/lib/libc-pure.a
	$(LD) $(LDFLAGS) -o $@ $(CRT0) $(TEST_OBJECTS) $(BUILD)/lib/libc-pure.a

check: $(TEST_PROGRAM) $(LIBC)
	@command -v $(QEMU) >/dev/null || { echo "check: $(QEMU) is missing (apt-get install qemu-user-static)" >&2; exit 1; }
	@env -i TESTVAR=hello TEST_TMP=$(TEST_BUILD)/scratch.txt $(QEMU) $(TEST_PROGRAM) one two > $(TEST_BUILD)/output.txt; status=$$?; \
	if ! cmp -s $(TEST_BUILD)/output.txt $(TEST_DIR)/expected.txt; then \
	  echo "check: the library's output differs from lib/test/expected.txt:" >&2; \
	  diff $(TEST_DIR)/expected.txt $(TEST_BUILD)/output.txt >&2; exit 1; fi; \
	if [ $$status -ne 0 ]; then echo "check: libc_test exited with $$status" >&2; exit 1; fi; \
	echo "check: libc tests passed ($$(grep -c '^ok' $(TEST_BUILD)/output.txt) groups)"
	@$(USERLAND)/lib/test/check-elf.sh $(TEST_PROGRAM)

-include $(TEST_OBJECTS:.o=.d)
