/* kh-ui-test-util.c — helpers for the UI tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kh-ui-test-util.h"
#include "kh-environment.h"
#include "kh-test-util.h"

#include <adwaita.h>
#include <stdarg.h>

void
kh_ui_test_init (int    *argc,
                 char ***argv)
{
  kh_environment_init ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Stack transitions and the like end at once: screenshots show the
   * final state. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

KhApplication *
kh_ui_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  KhApplication *app = kh_application_new ();

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

static gboolean
timed_out (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
kh_ui_test_wait_until (gboolean (*condition) (gpointer data),
                       gpointer  data,
                       guint     timeout_ms)
{
  gboolean expired = FALSE;
  guint timeout = g_timeout_add (timeout_ms, timed_out, &expired);

  while (!condition (data) && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (timeout);
  return condition (data);
}

static void
after_paint (GdkFrameClock *clock,
             gpointer       data)
{
  *(gboolean *) data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

void
kh_ui_test_wait_for_frame (GtkWindow *window)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  gtk_window_present (window);
  g_assert_true (kh_ui_test_wait_until (is_mapped, window, 5000));

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  g_assert_true (kh_ui_test_wait_until (is_true, &painted, 5000));
  g_signal_handler_disconnect (clock, handler);
}

GtkWindow *
kh_ui_test_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
window_shown (gpointer data)
{
  return kh_ui_test_find_window ((GType) GPOINTER_TO_SIZE (data)) != NULL;
}

GtkWindow *
kh_ui_test_wait_for_window (GType type)
{
  if (!kh_ui_test_wait_until (window_shown, GSIZE_TO_POINTER (type), 5000))
    g_error ("no window of type %s appeared", g_type_name (type));
  return kh_ui_test_find_window (type);
}

static gboolean
others_hidden (gpointer keep)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != keep && gtk_widget_get_visible (GTK_WIDGET (window)))
        return FALSE;
    }
  return TRUE;
}

static guint
transient_depth (GtkWindow *window)
{
  guint depth = 0;

  while ((window = gtk_window_get_transient_for (window)) != NULL)
    depth++;
  return depth;
}

/* Dialogs before the windows they belong to. */
static int
deeper_first (gconstpointer a,
              gconstpointer b)
{
  guint depth_a = transient_depth (*(GtkWindow **) a);
  guint depth_b = transient_depth (*(GtkWindow **) b);

  return depth_a < depth_b ? 1 : depth_a > depth_b ? -1 : 0;
}

void
kh_ui_test_close_other_windows (GtkWindow *keep)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != keep && gtk_widget_get_visible (GTK_WIDGET (window)))
        g_ptr_array_add (shown, g_steal_pointer (&window));
    }
  /* Closing, not destroying: windows that hide on close (the shortcuts
   * window) stay usable.  Dialogs go first, so that none outlives the
   * window it is transient for. */
  g_ptr_array_sort (shown, deeper_first);
  for (guint i = 0; i < shown->len; i++)
    gtk_window_close (g_ptr_array_index (shown, i));

  g_assert_true (kh_ui_test_wait_until (others_hidden, keep, 5000));
}

GtkWidget *
kh_ui_test_find_widget (GtkWidget *root,
                        GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kh_ui_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
kh_ui_test_find_actionable (GtkWidget  *root,
                            const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kh_ui_test_find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

char *
kh_ui_test_menu_label (GMenuModel *menu,
                       const char *action_name)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;
      char *label = NULL;

      if (section != NULL)
        {
          label = kh_ui_test_menu_label (section, action_name);
          if (label != NULL)
            return label;
          continue;
        }
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action)
          && g_str_equal (action, action_name)
          && g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return label;
    }
  return NULL;
}

GtkWidget *
kh_ui_test_find_label (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kh_ui_test_find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWindow *
kh_ui_test_page_window (KhApplication *app,
                        GtkWidget     *page,
                        const char    *title,
                        const char    *subtitle,
                        int            width,
                        int            height)
{
  GtkWindow *window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  gtk_window_set_default_size (window, width, height);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, subtitle));
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (overlay, TRUE);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_box_append (GTK_BOX (box), overlay);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (window);
  return window;
}

static char *
screenshot_dir (void)
{
  const char *build_root = g_getenv ("KEHOACH_BUILD_ROOT");

  g_assert_nonnull (build_root);
  return g_build_filename (build_root, "meson-logs", "screenshots", NULL);
}

/* The window as last laid out, or NULL while a relayout is pending (the
 * widget paintable then has no image). */
static GskRenderNode *
snapshot_window (GtkWindow *window,
                 int        width,
                 int        height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  return gtk_snapshot_free_to_node (snapshot);
}

char *
kh_ui_test_screenshot (GtkWindow  *window,
                       const char *name)
{
  g_autofree char *dir = screenshot_dir ();
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);
  char *path = g_build_filename (dir, file_name, NULL);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width = 0, height = 0;

  for (guint attempt = 0; node == NULL && attempt < 20; attempt++)
    {
      kh_ui_test_wait_for_frame (window);
      width = gtk_widget_get_width (GTK_WIDGET (window));
      height = gtk_widget_get_height (GTK_WIDGET (window));
      g_assert_cmpint (width, >, 0);
      g_assert_cmpint (height, >, 0);
      node = snapshot_window (window, width, height);
    }
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  return path;
}

KhDocument *
kh_ui_test_open_example (const char *name)
{
  g_autofree char *path = kh_test_source_path ("data", "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KhDocument *document = kh_document_load (file, &error);

  g_assert_no_error (error);
  return document;
}

KhNode *
kh_ui_test_node_at (KhPlan *plan,
                    int     first,
                    ...)
{
  KhNode *node = NULL;
  va_list args;

  va_start (args, first);
  for (int index = first; index >= 0; index = va_arg (args, int))
    {
      g_autoptr(KhNode) child = g_list_model_get_item (kh_plan_get_children (plan, node), index);

      g_assert_nonnull (child);
      node = child;  /* the plan holds it */
    }
  va_end (args);
  return node;
}
