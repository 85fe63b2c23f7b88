/* kh-import-outline.c — the plan's tree from the body's paragraphs.
 *
 * A heading's place comes from its marker, relative to the open headings:
 * "I." is a root; "1." goes under the current Roman section; "1.1." under
 * "1."; "a)" under the current number; a bullet under whatever is open.
 * Field lines fill the task open last.  Bullets are text of the node they
 * are under, unless they are tasks themselves (fields of their own follow
 * them, or they are the duties of a unit in a per-unit section).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-import-private.h"
#include "kh-text.h"

typedef struct {
  KhNode     *node;
  KhMark      mark;
  guint       line;
  GPtrArray  *owners;        /* units this item's title names, in a per-unit section */
  gboolean    duty_section;  /* a section that assigns work per unit */
  guint       duties;        /* its duties read (duty sections) */
  guint       supported;     /* of which "Phối hợp với …" */
  KhMarkKind  child_kind;    /* the marker of the last numbered child */
  guint       child_level;
  guint       child_value;
} Level;

typedef struct {
  KhImportContext *ctx;
  GArray          *stack;       /* of Level */
  KhNode          *scope_node;  /* its "Đơn vị chủ trì:" was empty: "+ Unit: scope" follow */
  GString         *preamble;
  gboolean         started;
  gboolean         noted_roots;
} Outline;

static void
level_clear (gpointer data)
{
  Level *level = data;

  g_clear_pointer (&level->owners, g_ptr_array_unref);
}

static Level *
top (Outline *o)
{
  return o->stack->len ? &g_array_index (o->stack, Level, o->stack->len - 1) : NULL;
}

static Level *
duty_section_level (Outline *o)
{
  for (guint i = o->stack->len; i > 0; i--)
    {
      Level *level = &g_array_index (o->stack, Level, i - 1);

      if (level->duty_section)
        return level;
    }
  return NULL;
}

/* An item of a per-unit section that no duty of its own took: it is the
 * duty itself ("6. Sở Tài chính" followed by a paragraph). */
static void
close_level (Outline *o, Level *level)
{
  Level *section;

  if (level->owners == NULL || kh_node_get_n_children (level->node) > 0
      || kh_node_is_task (level->node))
    return;
  kh_import_duties_assign (o->ctx, level->node, NULL, level->owners, level->line);
  section = duty_section_level (o);
  if (section != NULL)
    {
      section->duties++;
      if (kh_node_get_cooperating (level->node)->len > 0)
        section->supported++;
    }
}

static void
pop (Outline *o)
{
  Level *level = top (o);

  close_level (o, level);
  if (level->duty_section && level->duties > 0)
    kh_import_duties_report (o->ctx, level->node, level->line, level->duties, level->supported);
  g_array_set_size (o->stack, o->stack->len - 1);
}

static guint
rank (const KhMark *mark)
{
  switch (mark->kind)
    {
    case KH_MARK_ROMAN:
      return 0;
    case KH_MARK_NUMBER:
      return mark->level;
    case KH_MARK_LETTER:
      return 10;
    case KH_MARK_BULLET:
    case KH_MARK_NONE:
    default:
      return 20;
    }
}

/* Closes the open headings that @mark cannot go under. */
static void
pop_for (Outline *o, const KhMark *mark)
{
  if (mark->kind == KH_MARK_BULLET)
    {
      for (guint i = o->stack->len; i > 0; i--)
        {
          Level *level = &g_array_index (o->stack, Level, i - 1);

          if (level->mark.kind == KH_MARK_BULLET && level->mark.bullet == mark->bullet)
            {
              while (o->stack->len >= i)
                pop (o);
              return;
            }
          if (level->mark.kind != KH_MARK_BULLET)
            return;
        }
      return;
    }

  while (o->stack->len > 0)
    {
      Level *level = top (o);

      if (level->mark.kind == KH_MARK_BULLET || mark->kind == KH_MARK_ROMAN
          || rank (&level->mark) >= rank (mark))
        pop (o);
      else
        break;
    }
}

static void
check_sequence (Outline *o, Level *parent, KhNode *node, KhImportPara *para)
{
  if (parent == NULL || para->mark.kind == KH_MARK_BULLET)
    return;
  if (parent->child_kind == para->mark.kind && parent->child_level == para->mark.level
      && para->mark.value <= parent->child_value)
    kh_import_note (o->ctx, para->first_line, node, KH_IMPORT_NOTE_WARNING,
                    /* TRANSLATORS: %s is a numbering label as written, "d)" */
                    _("“%s” repeats or goes back in the numbering; the numbers are computed again"),
                    para->marker);
  parent->child_kind = para->mark.kind;
  parent->child_level = para->mark.level;
  parent->child_value = para->mark.value;
}

static void
append_text (Outline *o, const char *text)
{
  Level *level = top (o);

  if (level != NULL)
    kh_import_body_append (o->ctx, level->node, text);
  else
    {
      if (o->preamble->len > 0)
        g_string_append_c (o->preamble, '\n');
      g_string_append (o->preamble, text);
    }
}

static void
open_node (Outline *o, KhImportPara *para)
{
  KhImportContext *ctx = o->ctx;
  Level *parent;
  Level level = { NULL, para->mark, para->first_line, NULL, FALSE, 0, 0, KH_MARK_NONE, 0, 0 };
  KhNodeKind kind;
  Level *section;

  pop_for (o, &para->mark);
  parent = top (o);
  kind = parent == NULL ? KH_NODE_SECTION : KH_NODE_ITEM;
  level.node = kh_import_add_node (ctx, parent ? parent->node : NULL, kind, para->text);
  check_sequence (o, parent, level.node, para);

  if (para->mark.kind == KH_MARK_NUMBER && para->mark.level >= 2)
    ctx->decimal = TRUE;
  if (parent == NULL && para->mark.kind != KH_MARK_ROMAN && !o->noted_roots)
    {
      o->noted_roots = TRUE;
      kh_import_note (ctx, para->first_line, level.node, KH_IMPORT_NOTE_INFO,
                      _("The text has no Roman-numbered parts; its first-level items became sections"));
    }

  if (kind == KH_NODE_SECTION)
    level.duty_section = kh_import_duties_section (para->text);
  else if (parent->duty_section)
    {
      level.owners = kh_import_units_title (ctx, para->text, para->first_line);
      if (level.owners == NULL)
        kh_import_duties_given (ctx, level.node, para->text, para->first_line);
    }
  else if (parent->owners != NULL)
    {
      kh_import_duties_assign (ctx, level.node, para->text, parent->owners, para->first_line);
      section = duty_section_level (o);
      if (section != NULL)
        {
          section->duties++;
          if (kh_node_get_cooperating (level.node)->len > 0)
            section->supported++;
        }
    }

  if (para->mark.kind != KH_MARK_BULLET)
    ctx->headings++;
  o->started = TRUE;
  g_array_append_val (o->stack, level);
}

/* A bullet is a node of its own when it is a task: a duty of a unit, a
 * line whose fields follow under another marker ("- Task" then "+ Đơn vị
 * chủ trì: …"), or one of a list whose bullets are such tasks. */
static gboolean
bullet_is_node (Outline *o, GPtrArray *paras, guint i)
{
  KhImportPara *para = g_ptr_array_index (paras, i);
  Level *level = top (o);
  gsize value;

  if (level != NULL && level->owners != NULL)
    return TRUE;
  for (guint k = o->stack->len; k > 0; k--)
    {
      Level *open = &g_array_index (o->stack, Level, k - 1);

      if (open->mark.kind != KH_MARK_BULLET)
        break;
      if (open->mark.bullet == para->mark.bullet)
        return TRUE;
    }
  if (i + 1 < paras->len)
    {
      KhImportPara *next = g_ptr_array_index (paras, i + 1);

      return !next->table
          && kh_import_field_parse (next->text, &value) != KH_FIELD_NONE
          && ((next->mark.kind == KH_MARK_BULLET && next->mark.bullet != para->mark.bullet)
              || next->mark.kind == KH_MARK_NONE);
    }
  return FALSE;
}

static void
read_field (Outline *o, KhImportPara *para, KhImportField field, gsize value)
{
  Level *level = top (o);

  if (level == NULL)
    {
      /* Fields before any heading: keep them as written. */
      g_autofree char *text = g_strdup_printf ("%s%s%s", para->marker, *para->marker ? " " : "", para->text);

      append_text (o, text);
      kh_import_note (o->ctx, para->first_line, NULL, KH_IMPORT_NOTE_WARNING,
                      _("A field line comes before any heading; it was kept in the preamble"));
      return;
    }
  if (para->mark.kind == KH_MARK_LETTER || para->mark.kind == KH_MARK_NUMBER
      || para->mark.kind == KH_MARK_ROMAN)
    kh_import_note (o->ctx, para->first_line, level->node, KH_IMPORT_NOTE_WARNING,
                    /* TRANSLATORS: %s is a numbering label as written, "b)" */
                    _("“%s” is numbered like an item but holds a field of the task above; it was read as that field"),
                    para->marker);

  if (field == KH_FIELD_LEAD && para->text[value] == '\0')
    o->scope_node = level->node;
  else
    kh_import_field_apply (o->ctx, level->node, field, para->text + value, para->first_line);
  o->started = TRUE;
}

void
kh_import_outline_build (KhImportContext *ctx,
                         GPtrArray       *paras)
{
  Outline o = { ctx, g_array_new (FALSE, TRUE, sizeof (Level)), NULL, g_string_new (NULL), FALSE, FALSE };

  g_array_set_clear_func (o.stack, level_clear);
  for (guint i = 0; i < paras->len; i++)
    {
      KhImportPara *para = g_ptr_array_index (paras, i);
      KhImportField field;
      gsize value = 0;

      if (para->table)
        {
          o.scope_node = NULL;
          append_text (&o, para->text);
          continue;
        }

      field = kh_import_field_parse (para->text, &value);
      if (field != KH_FIELD_NONE)
        {
          o.scope_node = NULL;
          read_field (&o, para, field, value);
          continue;
        }
      if (o.scope_node != NULL && para->mark.kind == KH_MARK_BULLET
          && kh_import_field_scoped_lead (ctx, o.scope_node, para->text, para->first_line))
        continue;
      o.scope_node = NULL;

      if (para->mark.kind == KH_MARK_NONE
          || (para->mark.kind == KH_MARK_BULLET && !bullet_is_node (&o, paras, i)))
        {
          g_autofree char *text = para->mark.kind == KH_MARK_BULLET
                                  ? g_strconcat (para->marker, " ", para->text, NULL)
                                  : g_strdup (para->text);

          append_text (&o, text);
          continue;
        }
      open_node (&o, para);
    }

  while (o.stack->len > 0)
    pop (&o);

  if (o.preamble->len > 0)
    {
      const char *old = kh_plan_get_string (ctx->plan, "preamble");
      g_autofree char *preamble = *old ? g_strconcat (old, "\n", o.preamble->str, NULL)
                                       : g_strdup (o.preamble->str);

      kh_plan_set_string (ctx->plan, "preamble", preamble);
    }
  g_string_free (o.preamble, TRUE);
  g_array_unref (o.stack);
}
