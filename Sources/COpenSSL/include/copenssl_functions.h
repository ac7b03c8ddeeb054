// The libcrypto functions CognitoAuth calls, in one list: COpenSSL.h makes
// Swift's wrappers from it, copenssl.c resolves them from libcrypto.so.3 and
// checks each against OpenSSL's own declaration at compile time.
#ifndef COPENSSL_FUNCTIONS_H
#define COPENSSL_FUNCTIONS_H

#include <stddef.h>
#include <openssl/types.h>

// F(return type, name, parameters, arguments) for a function with a result;
// V(name, parameters, arguments) for one without.
#define COPENSSL_FUNCTIONS(F, V) \
    F(BIGNUM *, BN_new, (void), ()) \
    F(BIGNUM *, BN_bin2bn, (const unsigned char *s, int len, BIGNUM *ret), (s, len, ret)) \
    V(BN_clear_free, (BIGNUM *a), (a)) \
    F(int, BN_is_zero, (const BIGNUM *a), (a)) \
    F(int, BN_num_bits, (const BIGNUM *a), (a)) \
    F(int, BN_bn2bin, (const BIGNUM *a, unsigned char *to), (a, to)) \
    V(BN_set_flags, (BIGNUM *b, int n), (b, n)) \
    F(BN_CTX *, BN_CTX_secure_new, (void), ()) \
    F(BN_CTX *, BN_CTX_new, (void), ()) \
    V(BN_CTX_free, (BN_CTX *c), (c)) \
    F(int, BN_mod_exp_mont_consttime, (BIGNUM *rr, const BIGNUM *a, const BIGNUM *p, const BIGNUM *m, BN_CTX *ctx, BN_MONT_CTX *in_mont), \
      (rr, a, p, m, ctx, in_mont)) \
    F(int, BN_mod_exp, (BIGNUM *r, const BIGNUM *a, const BIGNUM *p, const BIGNUM *m, BN_CTX *ctx), (r, a, p, m, ctx)) \
    F(int, BN_nnmod, (BIGNUM *r, const BIGNUM *m, const BIGNUM *d, BN_CTX *ctx), (r, m, d, ctx)) \
    F(int, BN_mod_mul, (BIGNUM *r, const BIGNUM *a, const BIGNUM *b, const BIGNUM *m, BN_CTX *ctx), (r, a, b, m, ctx)) \
    F(int, BN_mod_sub, (BIGNUM *r, const BIGNUM *a, const BIGNUM *b, const BIGNUM *m, BN_CTX *ctx), (r, a, b, m, ctx)) \
    F(int, BN_mul, (BIGNUM *r, const BIGNUM *a, const BIGNUM *b, BN_CTX *ctx), (r, a, b, ctx)) \
    F(int, BN_add, (BIGNUM *r, const BIGNUM *a, const BIGNUM *b), (r, a, b)) \
    F(int, EVP_Digest, (const void *data, size_t count, unsigned char *md, unsigned int *size, const EVP_MD *type, ENGINE *impl), \
      (data, count, md, size, type, impl)) \
    F(const EVP_MD *, EVP_sha256, (void), ()) \
    F(unsigned char *, HMAC, (const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *data, size_t data_len, \
      unsigned char *md, unsigned int *md_len), (evp_md, key, key_len, data, data_len, md, md_len)) \
    F(EVP_PKEY_CTX *, EVP_PKEY_CTX_new_id, (int id, ENGINE *e), (id, e)) \
    V(EVP_PKEY_CTX_free, (EVP_PKEY_CTX *ctx), (ctx)) \
    F(int, EVP_PKEY_derive_init, (EVP_PKEY_CTX *ctx), (ctx)) \
    F(int, EVP_PKEY_CTX_set_hkdf_md, (EVP_PKEY_CTX *ctx, const EVP_MD *md), (ctx, md)) \
    F(int, EVP_PKEY_CTX_set1_hkdf_salt, (EVP_PKEY_CTX *ctx, const unsigned char *salt, int saltlen), (ctx, salt, saltlen)) \
    F(int, EVP_PKEY_CTX_set1_hkdf_key, (EVP_PKEY_CTX *ctx, const unsigned char *key, int keylen), (ctx, key, keylen)) \
    F(int, EVP_PKEY_CTX_add1_hkdf_info, (EVP_PKEY_CTX *ctx, const unsigned char *info, int infolen), (ctx, info, infolen)) \
    F(int, EVP_PKEY_derive, (EVP_PKEY_CTX *ctx, unsigned char *key, size_t *keylen), (ctx, key, keylen)) \
    F(int, RAND_bytes, (unsigned char *buf, int num), (buf, num))

#define COPENSSL_POINTER(type, name, parameters, arguments) type (*name) parameters;
#define COPENSSL_VOID_POINTER(name, parameters, arguments) void (*name) parameters;

/// The functions, resolved from libcrypto.so.3.
struct copenssl_api {
    COPENSSL_FUNCTIONS(COPENSSL_POINTER, COPENSSL_VOID_POINTER)
};

/// Loads libcrypto.so.3 the first time it is called (thread-safe). Without
/// it the program ends, as the dynamic loader would have ended it at start.
const struct copenssl_api *copenssl_api(void);

#endif
