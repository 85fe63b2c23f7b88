/* kh-import.c — a plan from the text of an existing document (DESIGN §8):
 * the steps in order, the report, and the text kept when nothing in it
 * has the shape of a plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-import-private.h"
#include "kh-plan-io.h"
#include "kh-text.h"

G_DEFINE_QUARK (kh-import-error-quark, kh_import_error)

/* Notes ------------------------------------------------------------------- */

KhImportNote *
kh_import_note_new (guint             line,
                    const char       *node_id,
                    KhImportSeverity  severity,
                    const char       *message)
{
  KhImportNote *note = g_new0 (KhImportNote, 1);

  note->line = line;
  note->node_id = g_strdup (node_id);
  note->severity = severity;
  note->message = g_strdup (message);
  return note;
}

KhImportNote *
kh_import_note_copy (const KhImportNote *self)
{
  return kh_import_note_new (self->line, self->node_id, self->severity, self->message);
}

void
kh_import_note_free (KhImportNote *self)
{
  if (self == NULL)
    return;
  g_free (self->node_id);
  g_free (self->message);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (KhImportNote, kh_import_note, kh_import_note_copy, kh_import_note_free)

void
kh_import_note (KhImportContext  *ctx,
                guint             line,
                KhNode           *node,
                KhImportSeverity  severity,
                const char       *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->notes,
                   kh_import_note_new (line, node ? kh_node_get_id (node) : NULL, severity, message));
}

/* Building ---------------------------------------------------------------- */

void
kh_import_body_append (KhImportContext *ctx,
                       KhNode          *node,
                       const char      *paragraph)
{
  GString *body = g_hash_table_lookup (ctx->bodies, node);

  if (body == NULL)
    {
      body = g_string_new (NULL);
      g_hash_table_insert (ctx->bodies, node, body);
    }
  if (body->len > 0)
    g_string_append_c (body, '\n');
  g_string_append (body, paragraph);
}

const char *
kh_import_body_peek (KhImportContext *ctx,
                     KhNode          *node)
{
  GString *body = g_hash_table_lookup (ctx->bodies, node);

  return body ? body->str : "";
}

KhNode *
kh_import_add_node (KhImportContext *ctx,
                    KhNode          *parent,
                    KhNodeKind       kind,
                    const char      *title)
{
  g_autofree char *id = kh_plan_new_node_id (ctx->plan);
  g_autoptr(KhNode) node = kh_node_new (id, kind, title);

  kh_plan_insert_node (ctx->plan, parent, G_MAXUINT, node);
  return node;  /* the plan holds it */
}

void
kh_import_mark_layout (KhImportContext *ctx,
                       guint            line)
{
  g_hash_table_add (ctx->layout, GUINT_TO_POINTER (line));
}

KhNode *
kh_import_last_section (KhImportContext *ctx)
{
  GListModel *roots = kh_plan_get_roots (ctx->plan);
  guint n = g_list_model_get_n_items (roots);
  g_autoptr(KhNode) last = NULL;

  if (n == 0)
    return kh_import_add_node (ctx, NULL, KH_NODE_SECTION, "");
  last = g_list_model_get_item (roots, n - 1);
  return last;  /* the plan holds it */
}

static void
write_bodies (KhImportContext *ctx)
{
  GHashTableIter iter;
  gpointer node, body;

  g_hash_table_iter_init (&iter, ctx->bodies);
  while (g_hash_table_iter_next (&iter, &node, &body))
    kh_node_set_body (node, ((GString *) body)->str);
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

void
kh_import_context_init (KhImportContext *ctx)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->plan = kh_plan_new ();
  ctx->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_import_note_free);
  ctx->bodies = g_hash_table_new_full (NULL, NULL, NULL, string_free);
  ctx->layout = g_hash_table_new (NULL, NULL);
  ctx->unit_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
kh_import_context_clear (KhImportContext *ctx)
{
  g_clear_object (&ctx->plan);
  g_clear_pointer (&ctx->notes, g_ptr_array_unref);
  g_clear_pointer (&ctx->bodies, g_hash_table_unref);
  g_clear_pointer (&ctx->layout, g_hash_table_unref);
  g_clear_pointer (&ctx->unit_keys, g_hash_table_unref);
  g_clear_pointer (&ctx->appendix, kh_import_appendix_free);
}

/* Text without structure ------------------------------------------------ */

/* The first line of the text, shortened at a word, as a title. */
static char *
first_line_title (GPtrArray *paras)
{
  KhImportPara *first = g_ptr_array_index (paras, 0);
  g_autofree char *text = g_strdelimit (g_strdup (first->text), "\t", ' ');

  if (g_utf8_strlen (text, -1) <= 100)
    return g_steal_pointer (&text);
  {
    g_autofree char *cut = g_utf8_substring (text, 0, 100);
    char *space = strrchr (cut, ' ');

    if (space != NULL)
      *space = '\0';
    return g_strconcat (cut, "…", NULL);
  }
}

/* A plan with one section whose body is the whole text. */
static void
keep_whole_text (KhImportContext *ctx, GPtrArray *lines)
{
  g_autoptr(GPtrArray) paras = kh_import_paragraphs (lines, 0, lines->len);
  g_autofree char *title = NULL;
  KhNode *node;

  kh_import_context_clear (ctx);
  kh_import_context_init (ctx);
  for (guint i = 0; i < lines->len; i++)
    {
      KhImportLine *line = g_ptr_array_index (lines, i);

      if (line->kind == KH_LINE_LAYOUT)
        kh_import_mark_layout (ctx, line->number);
    }
  if (paras->len == 0)
    return;

  title = first_line_title (paras);
  node = kh_import_add_node (ctx, NULL, KH_NODE_SECTION, title);
  for (guint i = 0; i < paras->len; i++)
    {
      KhImportPara *para = g_ptr_array_index (paras, i);
      g_autofree char *text = *para->marker ? g_strconcat (para->marker, " ", para->text, NULL)
                                            : g_strdup (para->text);

      kh_import_body_append (ctx, node, text);
    }
  kh_import_note (ctx, 0, node, KH_IMPORT_NOTE_WARNING,
                  _("No numbered headings or task fields were found: the whole text was kept as the text of one section"));
}

/* Notes in line order, keeping the order of notes on one line. */
static int
compare_notes (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const KhImportNote *na = *(KhImportNote * const *) a;
  const KhImportNote *nb = *(KhImportNote * const *) b;
  GHashTable *order = user_data;
  guint oa, ob;

  if (na->line != nb->line)
    return na->line < nb->line ? -1 : 1;
  oa = GPOINTER_TO_UINT (g_hash_table_lookup (order, na));
  ob = GPOINTER_TO_UINT (g_hash_table_lookup (order, nb));
  return oa < ob ? -1 : oa > ob;
}

static void
sort_notes (GPtrArray *notes)
{
  g_autoptr(GHashTable) order = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < notes->len; i++)
    g_hash_table_insert (order, g_ptr_array_index (notes, i), GUINT_TO_POINTER (i));
  g_ptr_array_sort_with_data (notes, compare_notes, order);
}

static int
compare_guints (gconstpointer a, gconstpointer b)
{
  guint ua = *(const guint *) a, ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub;
}

/* Entry points ------------------------------------------------------------- */

KhPlan *
kh_import_text_full (const char  *data,
                     gsize        len,
                     GPtrArray  **report,
                     GArray     **layout,
                     GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) paras = NULL;
  KhImportContext ctx;
  KhPlan *plan;
  guint start, end;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = kh_import_decode (data ? data : "", len, error);
  if (text == NULL)
    return NULL;

  kh_import_context_init (&ctx);
  ctx.scanned = kh_import_looks_scanned (text);
  lines = kh_import_lines_split (text);
  for (guint i = 0; i < lines->len; i++)
    if (((KhImportLine *) g_ptr_array_index (lines, i))->kind == KH_LINE_LAYOUT)
      kh_import_mark_layout (&ctx, i + 1);
  start = kh_import_header_read (&ctx, lines);
  end = kh_import_tail_start (lines, start);
  paras = kh_import_paragraphs (lines, start, end);
  kh_import_outline_build (&ctx, paras);
  kh_import_tail_read (&ctx, lines, end);
  kh_import_appendix_finish (&ctx);

  if (ctx.headings == 0 && ctx.fields == 0)
    keep_whole_text (&ctx, lines);

  write_bodies (&ctx);
  kh_plan_set_numbering (ctx.plan, ctx.decimal ? KH_NUMBERING_DECIMAL : KH_NUMBERING_DECREE30);
  kh_import_header_finish (&ctx);
  sort_notes (ctx.notes);

  if (layout != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      *layout = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_iter_init (&iter, ctx.layout);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          guint number = GPOINTER_TO_UINT (key);

          g_array_append_val (*layout, number);
        }
      g_array_sort (*layout, compare_guints);
    }
  if (report != NULL)
    *report = g_ptr_array_ref (ctx.notes);
  plan = g_steal_pointer (&ctx.plan);
  kh_import_context_clear (&ctx);
  return plan;
}

KhPlan *
kh_import_text (const char  *text,
                gsize        len,
                GPtrArray  **report,
                GError     **error)
{
  return kh_import_text_full (text, len, report, NULL, error);
}

KhPlan *
kh_import_file (GFile      *file,
                GPtrArray **report,
                GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info != NULL && (guint64) g_file_info_get_size (info) > KH_IMPORT_MAX_BYTES)
    {
      /* Refused before reading it, with the same message. */
      g_free (kh_import_decode ("", KH_IMPORT_MAX_BYTES + 1, error));
      return NULL;
    }

  bytes = kh_io_load_file (file, &local_error);
  if (bytes == NULL)
    {
      g_set_error_literal (error, KH_IMPORT_ERROR, KH_IMPORT_ERROR_READ,
                           local_error->message);
      return NULL;
    }
  return kh_import_text (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                         report, error);
}
