#include "copenssl_functions.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/x509_vfy.h>

// Each wrapper's type is OpenSSL's own, and so are the constants COpenSSL.h gives.
#define COPENSSL_CHECK(type, name, parameters, arguments) \
    _Static_assert(__builtin_types_compatible_p(__typeof__(&name), type (*) parameters), #name " as OpenSSL declares it");
#define COPENSSL_VOID_CHECK(name, parameters, arguments) COPENSSL_CHECK(void, name, parameters, arguments)
COPENSSL_FUNCTIONS(COPENSSL_CHECK, COPENSSL_VOID_CHECK)
_Static_assert(EVP_MAX_MD_SIZE == 64, "EVP_MAX_MD_SIZE in COpenSSL.h");
_Static_assert(EVP_PKEY_HKDF == 1036, "EVP_PKEY_HKDF in COpenSSL.h");
_Static_assert(BN_FLG_CONSTTIME == 0x04, "BN_FLG_CONSTTIME in COpenSSL.h");
_Static_assert(X509_V_OK == 0, "X509_V_OK in COpenSSL.h");
_Static_assert(X509_V_ERR_UNSPECIFIED == 1, "X509_V_ERR_UNSPECIFIED in COpenSSL.h");
_Static_assert(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT == 2, "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT in COpenSSL.h");
_Static_assert(X509_V_ERR_CERT_NOT_YET_VALID == 9, "X509_V_ERR_CERT_NOT_YET_VALID in COpenSSL.h");
_Static_assert(X509_V_ERR_CERT_HAS_EXPIRED == 10, "X509_V_ERR_CERT_HAS_EXPIRED in COpenSSL.h");
_Static_assert(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT == 18, "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT in COpenSSL.h");
_Static_assert(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN == 19, "X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN in COpenSSL.h");
_Static_assert(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY == 20, "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY in COpenSSL.h");
_Static_assert(X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE == 21, "X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE in COpenSSL.h");
_Static_assert(X509_V_ERR_HOSTNAME_MISMATCH == 62, "X509_V_ERR_HOSTNAME_MISMATCH in COpenSSL.h");
_Static_assert(X509_V_ERR_IP_ADDRESS_MISMATCH == 64, "X509_V_ERR_IP_ADDRESS_MISMATCH in COpenSSL.h");

static struct copenssl_api api;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void fail(const char *what) {
    fprintf(stderr, "cognito-onboard: cannot load libcrypto.so.3: %s\n", what);
    abort();
}

static void load(void) {
    void *library = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) fail(dlerror());
#define COPENSSL_RESOLVE(type, name, parameters, arguments) \
    if ((*(void **)&api.name = dlsym(library, #name)) == NULL) fail("no " #name);
#define COPENSSL_VOID_RESOLVE(name, parameters, arguments) COPENSSL_RESOLVE(void, name, parameters, arguments)
    COPENSSL_FUNCTIONS(COPENSSL_RESOLVE, COPENSSL_VOID_RESOLVE)
}

const struct copenssl_api *copenssl_api(void) {
    pthread_once(&once, load);
    return &api;
}
