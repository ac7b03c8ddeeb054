// libqrencode (the encoder behind the qrencode tool) for the TOTP QR code,
// loaded on first use.
//
// Why not link it: the dynamic loader would map and relocate it before main
// on every start, about 0.2 ms of the first frame, though only the
// authenticator set-up screen draws a QR code. The first code drawn
// dlopen()s libqrencode.so.4 instead; if that fails, there is no code and
// the screen shows the secret alone, as it does when a code cannot be made.
#ifndef CQRENCODE_H
#define CQRENCODE_H

#include <qrencode.h>

/// QRcode_encodeString from libqrencode.so.4, loaded once (thread-safe);
/// NULL when the library cannot be loaded or the text cannot be encoded.
QRcode *cqrencode_encode_string(const char *text, int version, QRecLevel level, QRencodeMode hint, int casesensitive);

/// QRcode_free for a code from cqrencode_encode_string.
void cqrencode_free(QRcode *code);

#endif
