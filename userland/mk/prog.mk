# Builds a directory's programs into the image tree: include it from the directory's Makefile.
#
#   USERLAND ?= ..             # the userland/ directory (the top Makefile passes it)
#   INSTALL_DIR ?= bin         # where in the image the programs go (bin, sbin, usr/tests/posix)
#   include $(USERLAND)/mk/prog.mk
#
# Without PROG, every NAME.c is the program NAME, and every subdirectory NAME/ holding .c files
# is the program NAME built from them. With PROG = NAME, the directory is one program built from
# SRCS (default: every .c here). COMMON_SRCS are linked into every program (and are not programs
# themselves); PROGS, if set, names the programs instead of the search; EXCLUDE names programs
# to skip; LINKS = PROGRAM:NAME gives a program a second name (a hard link); LOCAL_CFLAGS are
# added to the compiler's flags.
# Programs land in build/root/$(INSTALL_DIR)/NAME, statically linked with crt0.o and libc.a.

include $(dir $(lastword $(MAKEFILE_LIST)))config.mk

INSTALL_DIR ?= bin
DEST := $(ROOT)/$(INSTALL_DIR)
OBJDIR := $(BUILD)/obj/$(subst /,_,$(INSTALL_DIR))/$(notdir $(CURDIR))
COMMON_SRCS ?=
EXCLUDE ?=
LOCAL_CFLAGS ?=

ifneq ($(PROG),)
SRCS ?= $(filter-out $(COMMON_SRCS),$(wildcard *.c))
PROGS := $(PROG)
else ifeq ($(origin PROGS),undefined)
SINGLE_PROGS := $(patsubst %.c,%,$(filter-out $(COMMON_SRCS),$(wildcard *.c)))
DIR_PROGS := $(sort $(patsubst %/,%,$(dir $(wildcard */*.c))))
PROGS := $(filter-out $(EXCLUDE),$(sort $(SINGLE_PROGS) $(DIR_PROGS)))
else
PROGS := $(filter-out $(EXCLUDE) $(patsubst %.c,%,$(COMMON_SRCS)),$(PROGS))
endif

# LINKS = PROGRAM:NAME ... installs NAME as a second name of PROGRAM (test:[).
LINK_TARGETS := $(foreach link,$(LINKS),$(DEST)/$(word 2,$(subst :, ,$(link))))

COMMON_OBJS := $(patsubst %.c,$(OBJDIR)/%.o,$(COMMON_SRCS))

all: $(addprefix $(DEST)/,$(PROGS)) $(LINK_TARGETS)

define LINK_RULE
$$(DEST)/$(2): $$(DEST)/$(1)
	ln -f $$< $$@
endef
$(foreach link,$(LINKS),$(eval $(call LINK_RULE,$(word 1,$(subst :, ,$(link))),$(word 2,$(subst :, ,$(link))))))

define PROGRAM_RULE
$(1)_SRCS := $$(if $$(PROG),$$(SRCS),$$(if $$(wildcard $(1).c),$(1).c,$$(wildcard $(1)/*.c)))
$(1)_OBJS := $$(patsubst %.c,$$(OBJDIR)/%.o,$$($(1)_SRCS))
ALL_OBJS += $$($(1)_OBJS)
$$(DEST)/$(1): $$($(1)_OBJS) $$(COMMON_OBJS) $$(CRT0) $$(LIBC)
	@mkdir -p $$(@D)
	$$(LD) $$(LDFLAGS) -o $$@ $$(CRT0) $$($(1)_OBJS) $$(COMMON_OBJS) $$(LIBC)
endef
$(foreach program,$(PROGS),$(eval $(call PROGRAM_RULE,$(program))))

$(OBJDIR)/%.o: %.c | $(HEADERS_STAMP)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LOCAL_CFLAGS) -MMD -MP -c $< -o $@

# Run alone in a program directory, this builds the headers and the library first.
$(HEADERS_STAMP) $(CRT0) $(LIBC):
	$(MAKE) -C $(USERLAND) lib

clean:
	rm -rf $(OBJDIR) $(addprefix $(DEST)/,$(PROGS)) $(LINK_TARGETS)

.PHONY: all clean

-include $(ALL_OBJS:.o=.d) $(COMMON_OBJS:.o=.d)
