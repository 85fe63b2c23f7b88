/* kh-ui-test-util.h — helpers for the UI tests (run under Xvfb).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "kh-application.h"
#include "kh-document.h"

G_BEGIN_DECLS

/* Sets up languages as kehoach's main() does, then GTK and g_test. */
void           kh_ui_test_init            (int    *argc,
                                           char ***argv);
/* A registered application (non-unique, so tests need no session bus). */
KhApplication *kh_ui_test_application_new (void);

/* Runs the main loop until @condition (@data) holds; FALSE after
 * @timeout_ms without it. */
gboolean       kh_ui_test_wait_until      (gboolean (*condition) (gpointer data),
                                           gpointer  data,
                                           guint     timeout_ms);
/* Runs the main loop until @window is mapped and a frame of it has been
 * painted. */
void           kh_ui_test_wait_for_frame  (GtkWindow *window);
/* The first visible toplevel of @type, or NULL. */
GtkWindow     *kh_ui_test_find_window     (GType      type);
/* Waits until a visible toplevel of @type shows up; fails the test if none
 * does. */
GtkWindow     *kh_ui_test_wait_for_window (GType      type);
/* Closes every visible toplevel except @keep (may be NULL) and waits
 * until they are hidden. */
void           kh_ui_test_close_other_windows (GtkWindow *keep);
/* The first descendant of @root (depth first) of @type, or NULL. */
GtkWidget     *kh_ui_test_find_widget     (GtkWidget  *root,
                                           GType       type);
/* The first GtkActionable under @root bound to @action_name, or NULL. */
GtkWidget     *kh_ui_test_find_actionable (GtkWidget  *root,
                                           const char *action_name);
/* The label of the item of @menu (or its sections) that activates
 * @action_name, or NULL. */
char          *kh_ui_test_menu_label      (GMenuModel *menu,
                                           const char *action_name);
/* The first GtkLabel under @root whose text is @text, or NULL. */
GtkWidget     *kh_ui_test_find_label      (GtkWidget  *root,
                                           const char *text);

/* The example data/examples/@name as a document, as the window opens
 * it; fails the test if it does not load. */
KhDocument    *kh_ui_test_open_example    (const char *name);
/* The node of @plan at a path of 0-based sibling positions ended by -1
 * ((plan, 1, 0, -1) is the first child of the second root); fails the
 * test if there is none.  Borrowed. */
KhNode        *kh_ui_test_node_at         (KhPlan     *plan,
                                           int         first,
                                           ...);

/* A window of @app that shows one page (a view under test) below a
 * header bar titled @title and @subtitle, inside a toast overlay, at
 * @width × @height; presented. */
GtkWindow     *kh_ui_test_page_window     (KhApplication *app,
                                           GtkWidget     *page,
                                           const char    *title,
                                           const char    *subtitle,
                                           int            width,
                                           int            height);

/* Renders @window after a real frame and saves it as
 * <builddir>/meson-logs/screenshots/@name.png; returns the path. */
char          *kh_ui_test_screenshot      (GtkWindow  *window,
                                           const char *name);

G_END_DECLS
