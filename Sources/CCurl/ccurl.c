#include "CCurl.h"

#include <dlfcn.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// The functions used, each once: the field that holds it and its name in
/// libcurl.so.4, resolved by ccurl_load(). The fields take curl.h's own types
/// (`__typeof__`, which links nothing), so a wrapper below that calls one
/// wrongly does not compile.
#define CCURL_FUNCTIONS(X)                         \
    X(global_init_mem, curl_global_init_mem)       \
    X(easy_init, curl_easy_init)                   \
    X(easy_reset, curl_easy_reset)                 \
    X(easy_cleanup, curl_easy_cleanup)             \
    X(easy_perform, curl_easy_perform)             \
    X(easy_strerror, curl_easy_strerror)           \
    X(easy_setopt, curl_easy_setopt)               \
    X(easy_getinfo, curl_easy_getinfo)             \
    X(slist_append, curl_slist_append)             \
    X(slist_free_all, curl_slist_free_all)

static struct {
#define CCURL_FIELD(field, name) __typeof__(&name) field;
    CCURL_FUNCTIONS(CCURL_FIELD)
#undef CCURL_FIELD
} api;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;
static char load_error[256] = "libcurl not loaded";

static int resolve(void *library, void **slot, const char *name) {
    *slot = dlsym(library, name);
    if (*slot == NULL) snprintf(load_error, sizeof load_error, "libcurl.so.4 lacks %s", name);
    return *slot != NULL;
}

// libcurl's own memory, zeroed before it is freed. A request body is copied
// into curl's request buffer with the headers (a small POST goes out in one
// send) and that buffer is freed as it is, so without this the last password
// sent stays in freed heap (README, "Secrets in memory"). Every block curl
// frees is wiped whole (malloc_usable_size); a realloc that must move copies
// and wipes the old block, and one that fits keeps it (a shrink would free
// the tail unwiped). Only libcurl's allocations come here: OpenSSL holds
// ciphertext in its buffers, and the caller wipes its own.
static void wiping_free(void *block) {
    if (block == NULL) return;
    explicit_bzero(block, malloc_usable_size(block));
    free(block);
}

static void *wiping_realloc(void *block, size_t size) {
    if (block == NULL) return malloc(size);
    size_t usable = malloc_usable_size(block);
    if (size <= usable && size > 0) return block;
    void *moved = malloc(size > 0 ? size : 1);
    if (moved == NULL) return NULL;
    memcpy(moved, block, size < usable ? size : usable);
    wiping_free(block);
    return moved;
}

static char *wiping_strdup(const char *text) {
    size_t size = strlen(text) + 1;
    char *copy = malloc(size);
    if (copy != NULL) memcpy(copy, text, size);
    return copy;
}

static void load(void) {
    // RTLD_LAZY: a function of libcurl or of the thirty libraries it brings is
    // bound when first called, not all of them at once (thousands of symbol
    // look-ups and the pages they touch, for the few this program calls).
    void *library = dlopen("libcurl.so.4", RTLD_LAZY | RTLD_LOCAL);
    if (library == NULL) {
        snprintf(load_error, sizeof load_error, "%s", dlerror());
        return;
    }
#define CCURL_RESOLVE(field, name) && resolve(library, (void **)&api.field, #name)
    int ok = 1 CCURL_FUNCTIONS(CCURL_RESOLVE);
#undef CCURL_RESOLVE
    if (!ok) return;
    if (api.global_init_mem(CURL_GLOBAL_DEFAULT, malloc, wiping_free, wiping_realloc, wiping_strdup, calloc) != CURLE_OK) {
        snprintf(load_error, sizeof load_error, "curl_global_init_mem failed");
        return;
    }
    loaded = 1;
}

int ccurl_load(void) {
    pthread_once(&once, load);
    return loaded ? 0 : -1;
}

const char *ccurl_load_error(void) { return load_error; }

CURL *ccurl_easy_init(void) { return api.easy_init(); }
void ccurl_easy_reset(CURL *handle) { api.easy_reset(handle); }
void ccurl_easy_cleanup(CURL *handle) { api.easy_cleanup(handle); }
CURLcode ccurl_easy_perform(CURL *handle) { return api.easy_perform(handle); }
const char *ccurl_easy_strerror(CURLcode code) { return api.easy_strerror(code); }

CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value) {
    return api.easy_setopt(handle, option, value);
}

CURLcode ccurl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return api.easy_setopt(handle, option, value);
}

CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, const void *value) {
    return api.easy_setopt(handle, option, value);
}

CURLcode ccurl_setopt_write_callback(CURL *handle, CURLoption option, curl_write_callback callback) {
    return api.easy_setopt(handle, option, callback);
}

CURLcode ccurl_setopt_xferinfo_callback(CURL *handle, curl_xferinfo_callback callback) {
    return api.easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return api.easy_getinfo(handle, info, value);
}

CURLcode ccurl_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return api.easy_getinfo(handle, info, value);
}

struct curl_slist *ccurl_slist_append(struct curl_slist *list, const char *line) {
    return api.slist_append(list, line);
}

void ccurl_slist_free_all(struct curl_slist *list) { api.slist_free_all(list); }
