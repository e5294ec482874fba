#include <lcms2.h>
// lcms2's pixel formats are macros Swift cannot import.
static const cmsUInt32Number A4P_TYPE_RGB_8 = TYPE_RGB_8;
static const cmsUInt32Number A4P_TYPE_CMYK_8 = TYPE_CMYK_8;
static const cmsUInt32Number A4P_TYPE_RGB_DBL = TYPE_RGB_DBL;
static const cmsUInt32Number A4P_TYPE_CMYK_DBL = TYPE_CMYK_DBL;
