// nettle's SHA-256 (nettle-dev). Its short names (sha256_init …) are macros Swift cannot call;
// SHA256Digest.swift uses the nettle_-prefixed functions they expand to.
#include <nettle/sha2.h>
