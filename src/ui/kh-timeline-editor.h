/* kh-timeline-editor.h — edits one timeline (thời gian thực hiện).
 *
 * A group of rows: the kind, the fields that kind needs (year, quarter,
 * half, month, day, before/within, every N months), a phrase that is
 * understood as typed (kh_timeline_parse), and always the phrase as the
 * plan will print it (kh_timeline_render in the document's language).
 *
 * The editor holds no model: set_timeline shows a value, and each change
 * the user makes comes out of "timeline-edited" (a KhTimeline, NULL for
 * none) for the caller to apply through its history and show back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "kh-timeline.h"

G_BEGIN_DECLS

#define KH_TYPE_TIMELINE_EDITOR (kh_timeline_editor_get_type ())
G_DECLARE_FINAL_TYPE (KhTimelineEditor, kh_timeline_editor, KH, TIMELINE_EDITOR, AdwPreferencesGroup)

/* Properties: "language" (KhLanguage: how the phrase is printed),
 * "default-year" (int: the year new fields start from, the plan's). */
GtkWidget        *kh_timeline_editor_new              (void);
/* Shows a copy of @timeline (NULL: none) without emitting anything. */
void              kh_timeline_editor_set_timeline     (KhTimelineEditor *self,
                                                       const KhTimeline *timeline);
const KhTimeline *kh_timeline_editor_get_timeline     (KhTimelineEditor *self);
void              kh_timeline_editor_set_language     (KhTimelineEditor *self,
                                                       KhLanguage        language);
void              kh_timeline_editor_set_default_year (KhTimelineEditor *self,
                                                       int               year);
/* The phrase shown as printed ("Quý III/2018"), "" for none. */
const char       *kh_timeline_editor_get_printed      (KhTimelineEditor *self);
/* Applies what the phrase row holds and has not been applied yet (the
 * user moves on without pressing Enter). */
void              kh_timeline_editor_commit           (KhTimelineEditor *self);

G_END_DECLS
