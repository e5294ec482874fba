// The few librsvg types a4p uses. librsvg is loaded at its first use (dlopen, see
// Sources/Renderers/Rsvg.swift), not linked: linking it loaded 22 more libraries (GLib, GIO,
// Pango, libxml2, ICU …) at every start, ~4 ms of CPU, a quarter of a one-chart run.
typedef struct { double x, y, width, height; } A4PRsvgRectangle;
typedef void *(*A4PRsvgNewFromData)(const unsigned char *data, unsigned long length, void **error);
typedef int (*A4PRsvgRenderDocument)(void *handle, void *cr, const A4PRsvgRectangle *viewport, void **error);
typedef void (*A4PGFree)(void *pointer);
