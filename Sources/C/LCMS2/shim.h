// lcms2's types (liblcms2-dev's header); the library is opened at first use (dlopen, see
// Sources/Renderers/PrintLibraries.swift), not linked: only the print variant converts colours, and
// linking it made every start map it and bind ~300 of its symbols. No prototype of it may be called
// from Swift (the link would fail), only the table below.
#include <dlfcn.h>
#include <lcms2.h>
// lcms2's pixel formats are macros Swift cannot import.
static const cmsUInt32Number A4P_TYPE_RGB_8 = TYPE_RGB_8;
static const cmsUInt32Number A4P_TYPE_CMYK_8 = TYPE_CMYK_8;
static const cmsUInt32Number A4P_TYPE_RGB_DBL = TYPE_RGB_DBL;
static const cmsUInt32Number A4P_TYPE_CMYK_DBL = TYPE_CMYK_DBL;

// Every lcms2 function a4p calls. One list gives the table's fields and the names looked up.
#define A4P_LCMS2_FUNCTIONS(X) \
    X(cmsOpenProfileFromMem) X(cmsCreate_sRGBProfile) X(cmsCloseProfile) X(cmsGetProfileInfoASCII) \
    X(cmsCreateTransform) X(cmsDoTransform)

// The functions as pointers, each with its prototype's exact type (so Swift checks every call as before).
#define A4P_LCMS2_FIELD(name) __typeof__(name) *_Nonnull name;
typedef struct { A4P_LCMS2_FUNCTIONS(A4P_LCMS2_FIELD) } A4PLCMS2;
#undef A4P_LCMS2_FIELD

/// Fills `api` from an opened lcms2: NULL when every function was found, else the first missing name.
static inline const char *_Nullable a4p_lcms2_bind(A4PLCMS2 *_Nonnull api, void *_Nonnull library) {
#define A4P_LCMS2_BIND(name) \
    if (!(api->name = (__typeof__(name) *)dlsym(library, #name))) return #name;
    A4P_LCMS2_FUNCTIONS(A4P_LCMS2_BIND)
#undef A4P_LCMS2_BIND
    return 0;
}
