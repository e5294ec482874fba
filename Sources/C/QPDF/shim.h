// libqpdf's C API, opened at its first use (dlopen, see Sources/Renderers/PrintLibraries.swift), not
// linked: linking it loaded libqpdf, libstdc++, GnuTLS, Nettle and what they bring at every start,
// ~6,000 of a one-chart run's 8,650 symbol relocations, while only the print variant and the PDF
// structure fallback use it. The types come from libqpdf-dev's header; no prototype of it may be
// called from Swift (the link would fail: nothing provides the symbols), only the table below.
#include <dlfcn.h>
#include <qpdf/qpdf-c.h>

// Every libqpdf function a4p calls. One list gives the table's fields and the names looked up.
#define A4P_QPDF_FUNCTIONS(X) \
    X(qpdf_init) X(qpdf_cleanup) X(qpdf_set_suppress_warnings) \
    X(qpdf_has_error) X(qpdf_get_error) X(qpdf_get_error_full_text) \
    X(qpdf_read_memory) X(qpdf_init_write_memory) X(qpdf_set_deterministic_ID) X(qpdf_set_decode_level) \
    X(qpdf_write) X(qpdf_get_buffer) X(qpdf_get_buffer_length) \
    X(qpdf_get_root) X(qpdf_get_trailer) X(qpdf_get_num_pages) X(qpdf_get_page_n) X(qpdf_get_object_by_id) \
    X(qpdf_make_indirect_object) X(qpdf_oh_parse) \
    X(qpdf_oh_get_key) X(qpdf_oh_replace_key) \
    X(qpdf_oh_is_array) X(qpdf_oh_is_dictionary) X(qpdf_oh_is_stream) X(qpdf_oh_is_name_and_equals) \
    X(qpdf_oh_get_array_n_items) X(qpdf_oh_get_array_item) X(qpdf_oh_append_item) X(qpdf_oh_get_dict) \
    X(qpdf_oh_get_int_value_as_int) X(qpdf_oh_get_numeric_value) X(qpdf_oh_get_object_id) \
    X(qpdf_oh_get_stream_data) X(qpdf_oh_replace_stream_data) \
    X(qpdf_oh_new_array) X(qpdf_oh_new_bool) X(qpdf_oh_new_dictionary) X(qpdf_oh_new_integer) \
    X(qpdf_oh_new_name) X(qpdf_oh_new_null) X(qpdf_oh_new_real_from_double) X(qpdf_oh_new_stream) \
    X(qpdf_oh_new_unicode_string)

// The functions as pointers, each with its prototype's exact type (so Swift checks every call as before).
#define A4P_QPDF_FIELD(name) __typeof__(name) *_Nonnull name;
typedef struct { A4P_QPDF_FUNCTIONS(A4P_QPDF_FIELD) } A4PQPDF;
#undef A4P_QPDF_FIELD

/// Fills `api` from an opened libqpdf: NULL when every function was found, else the first missing name.
static inline const char *_Nullable a4p_qpdf_bind(A4PQPDF *_Nonnull api, void *_Nonnull library) {
#define A4P_QPDF_BIND(name) \
    if (!(api->name = (__typeof__(name) *)dlsym(library, #name))) return #name;
    A4P_QPDF_FUNCTIONS(A4P_QPDF_BIND)
#undef A4P_QPDF_BIND
    return 0;
}
