/* kh-import-footer.c — the end of the document: the closing paragraph
 * ("Trên đây là Kế hoạch …"), "Nơi nhận:" and its lines, the signature
 * block (TM. …, KT. …, the title, the signer's name), then the appendix.
 *
 * A scan puts the recipients and the signature side by side on one line
 * ("- TVTU, TT.HĐND tỉnh;    PHÓ CHỦ TỊCH"), so a line may give both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-import-private.h"
#include "kh-text.h"

typedef enum {
  TAIL_CLOSING,
  TAIL_FOOTER,
  TAIL_APPENDIX,
} TailState;

typedef struct {
  KhImportContext *ctx;
  TailState        state;
  GString         *closing;
  guint            closing_line;
  gboolean         closing_ended;     /* its last line ends a sentence */
  GPtrArray       *recipients;
  gboolean         recipients_open;
  gboolean         signature_seen;
  gboolean         appendix_heading;  /* heading lines of the appendix go on */
} Tail;

/* Labels and the signature ------------------------------------------------ */

gsize
kh_import_recipients_label (const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);
  const char *after;

  if (kh_import_words_match (words, 0, "noi nhan") == 0)
    return 0;
  after = text + g_array_index (words, KhImportWord, 1).end;
  while (*after == ' ')
    after++;
  if (*after != ':' && *after != '\0')
    return 0;
  return (gsize) (after - text) + (*after == ':' ? 1 : 0);
}

/* Titles of signers, folded. */
static const char * const signer_titles[] = {
  "chu tich", "pho chu tich", "giam doc", "pho giam doc", "tong giam doc", "truong ban",
  "pho truong ban", "bi thu", "pho bi thu", "chanh van phong", "pho chanh van phong",
  "truong phong", "pho truong phong", "cuc truong", "pho cuc truong", "vien truong",
  "hieu truong", "chu nhiem", "pho chu nhiem", "tong bien tap", "bo truong", "thu truong", NULL,
};

/* Where a signer's title in capitals ends @text ("… PHÓ CHỦ TỊCH"), or -1. */
static gssize
title_start (const char *text)
{
  g_autoptr(GArray) words = kh_import_words (text);
  gssize found = -1;

  for (guint k = 1; k <= 4 && k <= words->len; k++)
    {
      KhImportWord *first = &g_array_index (words, KhImportWord, words->len - k);
      g_autofree char *part = g_strdup (text + first->start);
      g_autofree char *folded = kh_text_fold (g_strchomp (part));

      if (kh_import_upper_share (part) < 0.9)
        break;
      for (guint i = 0; signer_titles[i]; i++)
        if (g_str_equal (folded, signer_titles[i]))
          found = (gssize) first->start;
    }
  return found;
}

/* Where a signature part starts in @text ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
 * TỊCH", a title in capitals at the end), or -1. */
static gssize
signature_start (const char *text)
{
  static GRegex *mark_slot;
  GRegex *mark = kh_import_regex (&mark_slot, "(?:^|\\s)((?:TM|KT|TL|TUQ|Q)\\s?\\.\\s*\\p{Lu})");
  g_autoptr(GMatchInfo) info = NULL;
  int start;

  if (g_regex_match (mark, text, 0, &info))
    {
      g_match_info_fetch_pos (info, 1, &start, NULL);
      return start;
    }
  return title_start (text);
}

static void
read_signature (Tail *t, const char *part)
{
  g_autofree char *text = kh_text_squeeze (part);
  g_autofree char *folded = kh_text_fold (text);

  t->signature_seen = TRUE;
  if (g_str_has_prefix (folded, "tm"))
    kh_plan_set_string (t->ctx->plan, "signature-authority", text);
  else if (g_str_has_prefix (folded, "kt") || g_str_has_prefix (folded, "tl")
           || g_str_has_prefix (folded, "tuq"))
    kh_plan_set_string (t->ctx->plan, "signature-deputy", text);
  else
    kh_plan_set_string (t->ctx->plan, "signature-title", text);
}

/* A person's name: two to six capitalised words, no digits or marks. */
static gboolean
is_name (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", -1);
  guint n = g_strv_length (parts);

  if (n < 2 || n > 6)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (!kh_import_starts_upper (parts[i]))
        return FALSE;
      for (const char *p = parts[i]; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isalpha (g_utf8_get_char (p)))
          return FALSE;
    }
  return TRUE;
}

/* Keeps what nothing else took: the closing paragraph's end, as written. */
static void
keep_text (Tail *t, guint line, const char *text)
{
  if (t->closing->len == 0)
    t->closing_line = line;
  else
    g_string_append_c (t->closing, t->closing_ended ? '\n' : ' ');
  g_string_append (t->closing, text);
  t->closing_ended = kh_import_ends_sentence (text);
}

static void
read_footer_text (Tail *t, KhImportLine *line, const char *text, gboolean bullet)
{
  gssize sig = signature_start (text);
  g_autofree char *left = g_strstrip (g_strndup (text, sig >= 0 ? (gsize) sig : strlen (text)));

  if (sig >= 0)
    read_signature (t, text + sig);
  if (*left == '\0')
    return;

  if (bullet || t->recipients_open)
    {
      if (!bullet && is_name (left) && t->signature_seen)
        kh_plan_set_string (t->ctx->plan, "signature-name", left);
      else
        g_ptr_array_add (t->recipients, g_steal_pointer (&left));
    }
  else if (is_name (left))
    kh_plan_set_string (t->ctx->plan, "signature-name", left);
  else if (kh_import_upper_share (left) > 0.9 && t->signature_seen)
    read_signature (t, left);
  else
    {
      keep_text (t, line->number, left);
      kh_import_note (t->ctx, line->number, NULL, KH_IMPORT_NOTE_WARNING,
                      _("Text near the signature was not understood; it was kept after the closing paragraph"));
    }
}

/* The states ----------------------------------------------------------------- */

gboolean
kh_import_appendix_heading (const char *text)
{
  g_autofree char *folded = kh_text_fold (text);

  return (g_str_has_prefix (folded, "phu luc") || g_str_has_prefix (folded, "danh muc"))
      && kh_import_upper_share (text) >= 0.7;
}

guint
kh_import_tail_start (GPtrArray *lines,
                      guint      start)
{
  for (guint i = start; i < lines->len; i++)
    {
      KhImportLine *line = g_ptr_array_index (lines, i);
      g_autofree char *folded = NULL;

      if (line->kind != KH_LINE_TEXT || line->mark.kind != KH_MARK_NONE)
        continue;
      folded = kh_text_fold (line->text);
      if (g_str_has_prefix (folded, "tren day ")
          || kh_import_recipients_label (line->text) > 0
          || signature_start (line->text) == 0
          || kh_import_appendix_heading (line->text))
        return i;
    }
  return lines->len;
}

static void
read_appendix_line (Tail *t, KhImportLine *line)
{
  g_autofree char *folded = kh_text_fold (line->text);

  if (line->kind == KH_LINE_TABLE)
    {
      t->appendix_heading = FALSE;
      kh_import_appendix_row (t->ctx, line);
    }
  else if (strstr (folded, "kem theo") != NULL && kh_import_header_number_date (t->ctx, line->text))
    {
      t->appendix_heading = FALSE;
      kh_import_mark_layout (t->ctx, line->number);
    }
  else if (kh_import_appendix_heading (line->text)
           || (t->appendix_heading && kh_import_upper_share (line->text) >= 0.7))
    {
      t->appendix_heading = TRUE;
      kh_import_mark_layout (t->ctx, line->number);
    }
  else if (!kh_import_header_line (t->ctx, line))
    kh_import_appendix_text (t->ctx, line);
}

void
kh_import_tail_read (KhImportContext *ctx,
                     GPtrArray       *lines,
                     guint            start)
{
  Tail t = { ctx, TAIL_CLOSING, g_string_new (NULL), 0, FALSE,
             g_ptr_array_new_with_free_func (g_free), FALSE, FALSE, FALSE };

  for (guint i = start; i < lines->len; i++)
    {
      KhImportLine *line = g_ptr_array_index (lines, i);
      const char *content = line->text + line->content;
      gsize label;

      if (line->kind == KH_LINE_BLANK)
        continue;
      if (line->kind == KH_LINE_LAYOUT)
        {
          kh_import_mark_layout (ctx, line->number);
          continue;
        }
      if (t.state != TAIL_APPENDIX
          && (line->kind == KH_LINE_TABLE
              || (line->mark.kind == KH_MARK_NONE && kh_import_appendix_heading (line->text))))
        t.state = TAIL_APPENDIX;
      /* An appendix may come before the recipients and the signature. */
      if (t.state == TAIL_APPENDIX && line->kind != KH_LINE_TABLE && line->mark.kind == KH_MARK_NONE
          && (kh_import_recipients_label (line->text) > 0 || signature_start (line->text) == 0))
        t.state = TAIL_FOOTER;
      if (t.state == TAIL_APPENDIX)
        {
          read_appendix_line (&t, line);
          continue;
        }

      if (line->mark.kind == KH_MARK_NONE && (label = kh_import_recipients_label (line->text)) > 0)
        {
          t.state = TAIL_FOOTER;
          t.recipients_open = TRUE;
          read_footer_text (&t, line, line->text + label, FALSE);
          continue;
        }
      if (t.state == TAIL_CLOSING && !(line->mark.kind == KH_MARK_NONE && signature_start (line->text) == 0))
        {
          keep_text (&t, line->number, line->text);
          continue;
        }
      t.state = TAIL_FOOTER;
      read_footer_text (&t, line, line->mark.kind == KH_MARK_BULLET ? content : line->text,
                        line->mark.kind == KH_MARK_BULLET);
    }

  if (t.recipients->len > 0)
    {
      g_ptr_array_add (t.recipients, NULL);
      kh_plan_set_recipients (ctx->plan, (const char * const *) t.recipients->pdata);
    }
  if (t.closing->len > 0)
    {
      KhNode *last = kh_import_last_section (ctx);

      kh_import_body_append (ctx, last, t.closing->str);
      kh_import_note (ctx, t.closing_line, last, KH_IMPORT_NOTE_INFO,
                      _("The closing paragraph was kept at the end of the last section’s text"));
    }
  g_string_free (t.closing, TRUE);
  g_ptr_array_unref (t.recipients);
}
