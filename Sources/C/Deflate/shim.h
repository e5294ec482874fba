#include <libdeflate.h>
#include <zlib.h>

/// zlib's deflateInit2 is a macro Swift cannot call: a raw deflate stream (no zlib header or
/// trailer: PNGRowRepeats writes those) at `level`, 32 KiB window, default memory and strategy.
static inline int a4p_deflate_init_raw(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
