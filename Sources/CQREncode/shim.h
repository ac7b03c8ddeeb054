// libqrencode: the encoder behind the qrencode tool, for the TOTP QR code.
#ifndef CQRENCODE_SHIM_H
#define CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
