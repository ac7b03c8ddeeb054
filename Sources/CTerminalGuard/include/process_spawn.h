#ifndef PROCESS_SPAWN_H
#define PROCESS_SPAWN_H

#include <sys/types.h>

/// Starts `path` with no arguments and the environment `envp`: its standard
/// input a new pipe whose writing end is stored in `*input`, its standard
/// output /dev/null, standard error shared, every other descriptor closed
/// (posix_spawn_file_actions_addclosefrom_np, which needs _GNU_SOURCE and so
/// C). Returns 0, or an errno value. For --exec-on-success, in place of
/// Foundation's Process, which brings ICU into the static binary.
int process_spawn_with_input(const char *path, char *const envp[], pid_t *pid, int *input);

#endif
