/* kh-text.h — text helpers shared by matching, search, timelines and import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @text lower-cased, without diacritics (đ → d), with runs of white space
 * folded to one space and trimmed: the key for every comparison that must
 * ignore accents and case ("Sở Thông tin" and "so thong TIN" fold alike). */
char     *kh_text_fold          (const char *text);
/* TRUE when the folded @needle occurs in the folded @haystack. */
gboolean  kh_text_fold_contains (const char *haystack, const char *needle);
/* TRUE when @a and @b fold to the same text. */
gboolean  kh_text_fold_equal    (const char *a, const char *b);
/* @text with every run of white space (including line breaks) turned into
 * one space, trimmed. */
char     *kh_text_squeeze       (const char *text);
/* @text with every number that is exactly @from (a run of digits of its
 * own, as years are written) replaced by @to; *@n_replaced (nullable)
 * counts the replacements. */
char     *kh_text_replace_year  (const char *text, int from, int to, guint *n_replaced);
/* TRUE when @text names @year as a number of its own. */
gboolean  kh_text_has_year      (const char *text, int year);
/* A new string, never NULL: @text or "". */
#define kh_text_dup(text) g_strdup ((text) ? (text) : "")

G_END_DECLS
