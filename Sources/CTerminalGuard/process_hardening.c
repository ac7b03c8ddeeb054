#include "process_hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

void process_forbid_core_dumps(void) {
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}
