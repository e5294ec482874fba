#ifndef A4P_PDF_DEFLATE_H
#define A4P_PDF_DEFLATE_H

/// The compressor for the zlib streams cairo opens on this thread (content streams, font subsets,
/// images): cairo 1.16 always asks zlib for Z_DEFAULT_COMPRESSION and has no API to choose.
/// After a4p_pdf_deflate_set(level) with level 1–12, every stream opened on the calling thread at the
/// default level is compressed whole by libdeflate at `level`; with 0 (the start), by zlib. Any other
/// stream, thread or level goes to zlib unchanged. Returns the thread's previous setting.
int a4p_pdf_deflate_set(int level);

/// How many streams this thread has compressed through libdeflate (for tests).
unsigned long a4p_pdf_deflate_streams(void);

#endif
