#ifndef A4P_ARGV_H
#define A4P_ARGV_H

/// The argument vector as the Swift standard library's `CommandLine` reads it (see a4p_argv.c).
/// Declared here so the functions have a prototype; Swift code keeps using `CommandLine.arguments`.
char **_swift_stdlib_getUnsafeArgvArgc(int *outArgLen);
void _swift_stdlib_overrideUnsafeArgvArgc(char **argv, int argc);

#endif
