// OpenSSL's libcrypto, as CognitoAuth uses it (BIGNUM for SRP, SHA-256, HMAC,
// HKDF, random bytes), loaded on first use.
//
// Why not link libcrypto: the dynamic loader would map it and bind its three
// thousand symbols before main (it is linked with BIND_NOW), which cost about
// 0.7 ms and 1.7 MB of resident memory before the first frame, for functions
// needed only once the person signs in. Instead the first call dlopen()s
// libcrypto.so.3 (the warm-up's libcurl usually has loaded it by then).
//
// The wrappers below bear OpenSSL's names and signatures, so the Swift code
// reads as OpenSSL's API; they are static inline (no symbol of that name is
// exported to clash with libcrypto's own), and copenssl.c checks each against
// OpenSSL's declaration. This header therefore includes only OpenSSL's types.
#ifndef COPENSSL_H
#define COPENSSL_H

#include "copenssl_functions.h"

// OpenSSL's constants that Swift uses (copenssl.c checks them): digests, and
// the certificate verdicts curl reports (CURLINFO_SSL_VERIFYRESULT).
#define EVP_MAX_MD_SIZE 64
#define EVP_PKEY_HKDF 1036
#define X509_V_OK 0
#define X509_V_ERR_UNSPECIFIED 1
#define X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT 2
#define X509_V_ERR_CERT_NOT_YET_VALID 9
#define X509_V_ERR_CERT_HAS_EXPIRED 10
#define X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT 18
#define X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN 19
#define X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY 20
#define X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE 21
#define X509_V_ERR_HOSTNAME_MISMATCH 62
#define X509_V_ERR_IP_ADDRESS_MISMATCH 64

#define COPENSSL_WRAPPER(type, name, parameters, arguments) \
    static inline type name parameters { return copenssl_api()->name arguments; }
#define COPENSSL_VOID_WRAPPER(name, parameters, arguments) \
    static inline void name parameters { copenssl_api()->name arguments; }
COPENSSL_FUNCTIONS(COPENSSL_WRAPPER, COPENSSL_VOID_WRAPPER)

/// BN_FLG_CONSTTIME (0x04) is a macro Swift cannot see: mark a secret
/// exponent so that every routine that looks at it takes the constant-time path.
static inline void copenssl_bn_set_consttime(BIGNUM *bn) { BN_set_flags(bn, 0x04); }

#endif
