// Keeping secrets in memory out of core dumps and away from other processes.
#ifndef PROCESS_HARDENING_H
#define PROCESS_HARDENING_H

/// No core file (RLIMIT_CORE 0) and not dumpable (no ptrace attach by other
/// processes of the same user, no core even if the limit is raised again).
void process_forbid_core_dumps(void);

#endif
