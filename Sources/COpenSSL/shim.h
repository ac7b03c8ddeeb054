// OpenSSL, as CognitoAuth uses it: BIGNUM for SRP, EVP digests, HMAC and HKDF
// from libcrypto; TLS from libssl for the HTTPS transport.
#ifndef COPENSSL_SHIM_H
#define COPENSSL_SHIM_H
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

/// BN_FLG_CONSTTIME is a macro Swift cannot see: mark a secret exponent so that
/// every routine that looks at it takes the constant-time path.
static inline void copenssl_bn_set_consttime(BIGNUM *bn) { BN_set_flags(bn, BN_FLG_CONSTTIME); }

/// SNI: SSL_set_tlsext_host_name is a macro.
static inline int copenssl_set_sni(SSL *ssl, const char *host) { return (int)SSL_set_tlsext_host_name(ssl, host); }

/// TLS 1.2 at least: SSL_CTX_set_min_proto_version is a macro.
static inline int copenssl_min_tls12(SSL_CTX *ctx) { return (int)SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION); }
#endif
