// libcurl's C API for Swift, loaded on first use.
//
// Why not link libcurl: the dynamic loader would map libcurl and some thirty
// libraries it depends on (nghttp2, ssh2, ldap, kerberos...) before main, which
// costs ~3.5 ms on every start, before the first frame. Instead the first
// request (or the warm-up, which runs in the background) dlopen()s
// libcurl.so.4 and resolves the few functions below.
//
// Why wrappers: curl_easy_setopt and curl_easy_getinfo are variadic, which
// Swift cannot call; each wrapper passes one argument type.
#ifndef CCURL_H
#define CCURL_H

#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>

/// Loads libcurl once (thread-safe). 0 on success; else -1 and
/// ccurl_load_error() says why.
int ccurl_load(void);
const char *ccurl_load_error(void);

CURL *ccurl_easy_init(void);
void ccurl_easy_reset(CURL *handle);
void ccurl_easy_cleanup(CURL *handle);
CURLcode ccurl_easy_perform(CURL *handle);
const char *ccurl_easy_strerror(CURLcode code);

CURLcode ccurl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode ccurl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);
/// Strings (copied by curl), lists and user data.
CURLcode ccurl_setopt_pointer(CURL *handle, CURLoption option, const void *value);
CURLcode ccurl_setopt_write_callback(CURL *handle, CURLoption option, curl_write_callback callback);
CURLcode ccurl_setopt_xferinfo_callback(CURL *handle, curl_xferinfo_callback callback);

CURLcode ccurl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode ccurl_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value);

struct curl_slist *ccurl_slist_append(struct curl_slist *list, const char *line);
void ccurl_slist_free_all(struct curl_slist *list);

#endif
