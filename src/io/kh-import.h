/* kh-import.h — a plan built from the plain text of an existing document.
 *
 * Most users start from last year's plan as a Word file: its text, pasted
 * or saved as .txt/.md (OCR'd and PDF text included), becomes a plan tree
 * with assignments, timelines and the appendix (DESIGN §8).  What the
 * importer is unsure of it reports line by line; it never drops text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_IMPORT_ERROR (kh_import_error_quark ())
GQuark kh_import_error_quark (void);

typedef enum {
  KH_IMPORT_ERROR_EMPTY,            /* nothing but white space */
  KH_IMPORT_ERROR_BINARY,           /* NUL bytes, a PDF, a Word or zip file… */
  KH_IMPORT_ERROR_INVALID_UTF8,     /* neither UTF-8 nor a legacy encoding we know */
  KH_IMPORT_ERROR_LEGACY_ENCODING,  /* TCVN3 (ABC) or VNI: convert to Unicode first */
  KH_IMPORT_ERROR_TOO_LARGE,        /* more than KH_IMPORT_MAX_BYTES */
  KH_IMPORT_ERROR_READ,             /* the file could not be read */
} KhImportError;

/* No plan text comes near this; a larger file is a mistake. */
#define KH_IMPORT_MAX_BYTES ((gsize) 50 * 1024 * 1024)

typedef enum {
  KH_IMPORT_NOTE_INFO,     /* what the importer decided, for the record */
  KH_IMPORT_NOTE_WARNING,  /* what it was unsure of: check it */
} KhImportSeverity;

/* One line of the import report. */
typedef struct {
  guint             line;      /* 1-based line of the text; 0 for the whole text */
  char             *node_id;   /* the node concerned, or NULL */
  char             *message;   /* translated */
  KhImportSeverity  severity;
} KhImportNote;

#define KH_TYPE_IMPORT_NOTE (kh_import_note_get_type ())
GType         kh_import_note_get_type (void) G_GNUC_CONST;
KhImportNote *kh_import_note_new      (guint             line,
                                       const char       *node_id,
                                       KhImportSeverity  severity,
                                       const char       *message);
KhImportNote *kh_import_note_copy     (const KhImportNote *self);
void          kh_import_note_free     (KhImportNote       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhImportNote, kh_import_note_free)

/* Builds a new plan from @text (@len bytes; -1 is not accepted: the text
 * may hold NUL bytes that must be reported).  On success *@report (when
 * not NULL) receives the notes in line order, a GPtrArray of KhImportNote
 * that owns them.  Errors are in KH_IMPORT_ERROR and translated. */
KhPlan *kh_import_text (const char  *text,
                        gsize        len,
                        GPtrArray  **report,
                        GError     **error);

/* Reads @file (refusing one larger than KH_IMPORT_MAX_BYTES before
 * loading it) and imports its text. */
KhPlan *kh_import_file (GFile       *file,
                        GPtrArray  **report,
                        GError     **error);

G_END_DECLS
