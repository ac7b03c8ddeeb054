// libcrypto, as CognitoAuth uses it: BIGNUM for SRP, EVP digests, HMAC and HKDF.
#ifndef COPENSSL_SHIM_H
#define COPENSSL_SHIM_H
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/err.h>

/// BN_FLG_CONSTTIME is a macro Swift cannot see: mark a secret exponent so that
/// every routine that looks at it takes the constant-time path.
static inline void copenssl_bn_set_consttime(BIGNUM *bn) { BN_set_flags(bn, BN_FLG_CONSTTIME); }
#endif
