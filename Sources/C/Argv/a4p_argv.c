// The two functions through which the Swift standard library's `CommandLine` reads the argument
// vector, defined in the a4p executable. The static libswiftCore defines them in CommandLine.cpp,
// whose constructor finds argv by reading /proc/self/maps line by line (fgets and sscanf over every
// mapping of the 25 libraries loaded) and walking the stack back from `environ`: 6 % of the CPU of
// `a4p --version` (issue 18, start-up). With these definitions in the link, lld does not take that
// object from libswiftCore.a (it defines nothing else), so its constructor is not in the binary.
//
// glibc passes argc, argv and envp to the executable's ELF constructors (.init_array), before any
// Swift code runs; the vector is captured there. Semantics as the standard library's: an override
// (`_swift_stdlib_overrideUnsafeArgvArgc`) wins; without a vector, an empty one.
#include "a4p_argv.h"
#include <stddef.h>

static char **capturedArgv;
static int capturedArgc;
static char **overrideArgv;
static int overrideArgc;

__attribute__((constructor))
static void a4p_capture_argv(int argc, char **argv, char **envp) {
    (void)envp;
    capturedArgc = argc;
    capturedArgv = argv;
}

char **_swift_stdlib_getUnsafeArgvArgc(int *outArgLen) {
    static char *emptyArgv[] = { NULL };
    if (overrideArgv != NULL) {
        *outArgLen = overrideArgc;
        return overrideArgv;
    }
    if (capturedArgv == NULL) {
        *outArgLen = 0;
        return emptyArgv;
    }
    *outArgLen = capturedArgc;
    return capturedArgv;
}

void _swift_stdlib_overrideUnsafeArgvArgc(char **argv, int argc) {
    overrideArgv = argv;
    overrideArgc = argc;
}
