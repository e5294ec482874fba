// Interposes zlib's deflateInit_, deflate and deflateEnd (defined in the executable, so ld.so binds
// libcairo's calls here before libz: check with LD_DEBUG=bindings). Streams opened at the default level
// on a thread where a4p_pdf_deflate_set has set a level are buffered and compressed in one call by
// libdeflate: at level 1 it cost the 120-chart bench 200 M instructions where zlib's level 6 cost 556 M,
// for 1.9 % more bytes (README, performance, fifth round). Everything else is forwarded to zlib.
// Only Z_NO_FLUSH and Z_FINISH are supported on such a stream, the two flushes cairo's deflate stream
// uses; any other gives Z_STREAM_ERROR, and zlib's other functions reject the stream as not theirs.
#define _GNU_SOURCE
#include "a4p_pdf_deflate.h"
#include <dlfcn.h>
#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/// zlib's internal state starts with its stream pointer and a status; ours does too, with a status
/// zlib never uses, so both sides can tell the streams apart (zlib's deflateStateCheck rejects ours).
enum { A4P_STATUS = 0xA4F0 };
typedef struct {
    z_streamp strm;
    int status;
    int level;
    unsigned char *in, *out;
    size_t in_len, in_cap, out_len, out_pos;
    int compressed;
} a4p_stream;

static _Thread_local int thread_level = 0;  // 0: zlib
static _Thread_local unsigned long thread_streams = 0;

static int (*zlib_init)(z_streamp, int, const char *, int);
static int (*zlib_deflate)(z_streamp, int);
static int (*zlib_end)(z_streamp);
static pthread_once_t zlib_once = PTHREAD_ONCE_INIT;

/// One libdeflate compressor per thread and level, kept for the thread's next stream: allocating one
/// (it is cleared) cost as much as a tenth of the compression of a chart's small streams.
static pthread_key_t compressor_key;
static _Thread_local struct libdeflate_compressor *thread_compressor = NULL;
static _Thread_local int thread_compressor_level = 0;

static void free_compressor(void *c) { libdeflate_free_compressor(c); }

static void find_zlib(void) {
    pthread_key_create(&compressor_key, free_compressor);
    zlib_init = (int (*)(z_streamp, int, const char *, int))dlsym(RTLD_NEXT, "deflateInit_");
    zlib_deflate = (int (*)(z_streamp, int))dlsym(RTLD_NEXT, "deflate");
    zlib_end = (int (*)(z_streamp))dlsym(RTLD_NEXT, "deflateEnd");
}

int a4p_pdf_deflate_set(int level) {
    int previous = thread_level;
    thread_level = level < 1 ? 0 : level > 12 ? 12 : level;
    return previous;
}
unsigned long a4p_pdf_deflate_streams(void) { return thread_streams; }

static a4p_stream *ours(z_streamp strm) {
    a4p_stream *s = strm ? (a4p_stream *)strm->state : NULL;
    return s && s->strm == strm && s->status == A4P_STATUS ? s : NULL;
}

int deflateInit_(z_streamp strm, int level, const char *version, int stream_size) {
    pthread_once(&zlib_once, find_zlib);
    if (thread_level == 0 || level != Z_DEFAULT_COMPRESSION || strm == NULL)
        return zlib_init ? zlib_init(strm, level, version, stream_size) : Z_VERSION_ERROR;
    a4p_stream *s = calloc(1, sizeof *s);
    if (s == NULL) return Z_MEM_ERROR;
    s->strm = strm;
    s->status = A4P_STATUS;
    s->level = thread_level;
    strm->state = (struct internal_state *)s;
    strm->total_in = strm->total_out = 0;
    strm->msg = Z_NULL;
    strm->adler = 1;
    thread_streams += 1;
    return Z_OK;
}

static int take_input(a4p_stream *s, z_streamp strm) {
    if (strm->avail_in == 0) return Z_OK;
    if (s->in_len + strm->avail_in > s->in_cap) {
        size_t cap = s->in_cap ? s->in_cap : 65536;
        while (cap < s->in_len + strm->avail_in) cap *= 2;
        unsigned char *in = realloc(s->in, cap);
        if (in == NULL) return Z_MEM_ERROR;
        s->in = in;
        s->in_cap = cap;
    }
    memcpy(s->in + s->in_len, strm->next_in, strm->avail_in);
    s->in_len += strm->avail_in;
    strm->total_in += strm->avail_in;
    strm->next_in += strm->avail_in;
    strm->avail_in = 0;
    return Z_OK;
}

static struct libdeflate_compressor *compressor(int level) {
    if (thread_compressor != NULL && thread_compressor_level == level) return thread_compressor;
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(level);
    if (c == NULL) return NULL;
    if (thread_compressor != NULL) libdeflate_free_compressor(thread_compressor);
    thread_compressor = c;
    thread_compressor_level = level;
    pthread_setspecific(compressor_key, c);  // freed when the thread exits
    return c;
}

static int compress_all(a4p_stream *s) {
    struct libdeflate_compressor *c = compressor(s->level);
    if (c == NULL) return Z_MEM_ERROR;
    size_t bound = libdeflate_zlib_compress_bound(c, s->in_len);
    s->out = malloc(bound);
    if (s->out == NULL) return Z_MEM_ERROR;
    s->out_len = libdeflate_zlib_compress(c, s->in ? (const void *)s->in : "", s->in_len, s->out, bound);
    free(s->in);
    s->in = NULL;
    s->compressed = 1;
    return s->out_len == 0 ? Z_BUF_ERROR : Z_OK;
}

int deflate(z_streamp strm, int flush) {
    a4p_stream *s = ours(strm);
    if (s == NULL) {
        pthread_once(&zlib_once, find_zlib);
        return zlib_deflate ? zlib_deflate(strm, flush) : Z_STREAM_ERROR;
    }
    if (flush != Z_NO_FLUSH && flush != Z_FINISH) return Z_STREAM_ERROR;
    if (s->compressed && strm->avail_in != 0) return Z_STREAM_ERROR;
    int err = take_input(s, strm);
    if (err != Z_OK || flush == Z_NO_FLUSH) return err;
    if (!s->compressed && (err = compress_all(s)) != Z_OK) return err;
    size_t n = s->out_len - s->out_pos;
    if (n > strm->avail_out) n = strm->avail_out;
    memcpy(strm->next_out, s->out + s->out_pos, n);
    s->out_pos += n;
    strm->next_out += n;
    strm->avail_out -= (uInt)n;
    strm->total_out += n;
    return s->out_pos == s->out_len ? Z_STREAM_END : Z_OK;
}

int deflateEnd(z_streamp strm) {
    a4p_stream *s = ours(strm);
    if (s == NULL) {
        pthread_once(&zlib_once, find_zlib);
        return zlib_end ? zlib_end(strm) : Z_STREAM_ERROR;
    }
    int done = s->compressed && s->out_pos == s->out_len;
    free(s->in);
    free(s->out);
    free(s);
    strm->state = Z_NULL;
    return done ? Z_OK : Z_DATA_ERROR;
}
