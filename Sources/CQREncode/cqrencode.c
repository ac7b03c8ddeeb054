#include "CQREncode.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

/// The two functions used, resolved from libqrencode.so.4 by load(), typed
/// as qrencode.h declares them (checked at compile time, without linking).
static struct {
    __typeof__(&QRcode_encodeString) encode_string;
    __typeof__(&QRcode_free) free_code;
} api;

static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    void *library = dlopen("libqrencode.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
    void *encode = dlsym(library, "QRcode_encodeString");
    void *free_code = dlsym(library, "QRcode_free");
    if (encode == NULL || free_code == NULL) return;
    api.encode_string = (__typeof__(api.encode_string))encode;
    api.free_code = (__typeof__(api.free_code))free_code;
}

QRcode *cqrencode_encode_string(const char *text, int version, QRecLevel level, QRencodeMode hint, int casesensitive) {
    pthread_once(&once, load);
    if (api.encode_string == NULL) return NULL;
    return api.encode_string(text, version, level, hint, casesensitive);
}

void cqrencode_free(QRcode *code) {
    if (code != NULL && api.free_code != NULL) api.free_code(code);
}
