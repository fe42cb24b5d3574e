/* test-allocation.c — the resource allocation model (resursfördelningsmodell).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libstyr/styr.h>

/* Helpers ---------------------------------------------------------------- */

/* num / den rounded half away from zero, written out by hand so that the
 * expected figures do not come from the code under test. */
static gint64
round_div (gint64 num,
           gint64 den)
{
  gint64 q = num / den;
  gint64 r = num % den;

  if (r < 0)
    r = -r;
  if (2 * r >= den)
    q += num < 0 ? -1 : 1;

  return q;
}

/* The documented order: exact base, index rounded, efficiency rounded. */
static gint64
expected_frame (gint64 fixed,
                gint64 volume,
                gint64 price,
                int    index,
                int    efficiency)
{
  gint64 base = fixed + volume * price;
  gint64 indexed = round_div (base * (10000 + index), 10000);

  return round_div (indexed * (10000 - efficiency), 10000);
}

typedef struct
{
  int    year;
  gint64 pupils;
  gint64 price;
  int    index;
  int    efficiency;
} Year;

/* Three years of Nacka-like growth: pupils up, price per pupil frozen and
 * then cut, efficiency requirement above the index. */
static const Year years[] = {
  { 2025, 4200, 10500000, 280, 150 },
  { 2026, 4350, 10500000, 250, 300 },
  { 2027, 4500, 10400000, 250, 300 },
};

#define FIXED 4000000000 /* 40 000 000 kr */

static StyrAllocation *
make_school_allocation (void)
{
  g_autoptr(StyrAllocation) rfm = styr_allocation_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (styr_allocation_add_driver (rfm, "elever", "Elever i grundskolan", "elever", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      const Year *y = &years[i];

      g_assert_true (styr_allocation_set_fixed (rfm, y->year, FIXED, &error));
      g_assert_true (styr_allocation_set_volume (rfm, "elever", y->year, y->pupils, &error));
      g_assert_true (styr_allocation_set_price (rfm, "elever", y->year, y->price, &error));
      g_assert_true (styr_allocation_set_index (rfm, y->year, y->index, &error));
      g_assert_true (styr_allocation_set_efficiency (rfm, y->year, y->efficiency, &error));
      g_assert_no_error (error);
    }

  return g_steal_pointer (&rfm);
}

/* Tests ------------------------------------------------------------------ */

static void
test_allocation_frame (void)
{
  g_autoptr(StyrAllocation) rfm = make_school_allocation ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  gint64 frame = -1;
  gint64 value = 0;

  /* 2025 by hand: 40 000 000 kr + 4 200 × 105 000 kr = 481 000 000 kr;
   * × 1,028 = 494 468 000 kr; × 0,985 = 487 050 980 kr. */
  g_assert_true (styr_allocation_compute_frame (rfm, 2025, &frame, &error));
  g_assert_no_error (error);
  g_assert_cmpint (frame, ==, G_GINT64_CONSTANT (48705098000));
  g_assert_cmpint (frame, ==, expected_frame (FIXED, 4200, 10500000, 280, 150));

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      const Year *y = &years[i];

      g_assert_true (styr_allocation_compute_frame (rfm, y->year, &frame, &error));
      g_assert_no_error (error);
      g_assert_cmpint (frame, ==, expected_frame (FIXED, y->pupils, y->price,
                                                  y->index, y->efficiency));
    }

  g_assert_cmpint (styr_allocation_get_fixed (rfm, 2026), ==, FIXED);
  g_assert_cmpint (styr_allocation_get_fixed (rfm, 2030), ==, 0);
  g_assert_cmpint (styr_allocation_get_index (rfm, 2026), ==, 250);
  g_assert_cmpint (styr_allocation_get_efficiency (rfm, 2027), ==, 300);
  g_assert_cmpint (styr_allocation_get_efficiency (rfm, 2030), ==, 0);
  g_assert_true (styr_allocation_lookup_volume (rfm, "elever", 2026, &value));
  g_assert_cmpint (value, ==, 4350);
  g_assert_true (styr_allocation_lookup_price (rfm, "elever", 2027, &value));
  g_assert_cmpint (value, ==, 10400000);
  g_assert_false (styr_allocation_lookup_volume (rfm, "elever", 2030, &value));
  g_assert_false (styr_allocation_lookup_price (rfm, "saknas", 2025, NULL));

  ids = styr_allocation_dup_driver_ids (rfm);
  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, "elever");
  g_assert_cmpstr (styr_allocation_get_driver_name (rfm, "elever"), ==, "Elever i grundskolan");
  g_assert_cmpstr (styr_allocation_get_driver_unit (rfm, "elever"), ==, "elever");
  g_assert_null (styr_allocation_get_driver_name (rfm, "saknas"));
}

static void
test_allocation_rounding (void)
{
  g_autoptr(StyrAllocation) rfm = styr_allocation_new ();
  g_autoptr(GError) error = NULL;
  gint64 frame = 0;

  /* 3 × 333,33 kr = 99 999 öre; × 1,0125 = 101 248,9875 → 101 249;
   * × 0,995 = 100 742,755 → 100 743. */
  g_assert_true (styr_allocation_add_driver (rfm, "brukare", "Brukare i hemtjänsten", "brukare", &error));
  g_assert_true (styr_allocation_set_volume (rfm, "brukare", 2025, 3, &error));
  g_assert_true (styr_allocation_set_price (rfm, "brukare", 2025, 33333, &error));
  g_assert_true (styr_allocation_set_index (rfm, 2025, 125, &error));
  g_assert_true (styr_allocation_set_efficiency (rfm, 2025, 50, &error));
  g_assert_true (styr_allocation_compute_frame (rfm, 2025, &frame, &error));
  g_assert_no_error (error);
  g_assert_cmpint (frame, ==, 100743);
  g_assert_cmpint (frame, ==, expected_frame (0, 3, 33333, 125, 50));

  /* Halves round away from zero at each step: 3 × 1,5 = 4,5 → 5;
   * 5 × 0,9 = 4,5 → 5. And the mirror image for −3. */
  g_assert_true (styr_allocation_set_fixed (rfm, 2026, 3, &error));
  g_assert_true (styr_allocation_set_index (rfm, 2026, 5000, &error));
  g_assert_true (styr_allocation_set_efficiency (rfm, 2026, 1000, &error));
  g_assert_true (styr_allocation_compute_frame (rfm, 2026, &frame, &error));
  g_assert_cmpint (frame, ==, 5);
  g_assert_true (styr_allocation_set_fixed (rfm, 2026, -3, &error));
  g_assert_true (styr_allocation_compute_frame (rfm, 2026, &frame, &error));
  g_assert_cmpint (frame, ==, -5);
  g_assert_cmpint (frame, ==, expected_frame (-3, 0, 0, 5000, 1000));
  g_assert_no_error (error);

  /* The same in one factor would be −3 × 1,35 = −4,05 → −4: the two
   * steps are rounded separately, as documented. */
  g_assert_cmpint (round_div (-3 * 13500, 10000), ==, -4);
}

static void
test_allocation_what_if (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrOrgan) bun = styr_organ_new ("bun", STYR_ORGAN_KIND_BOARD,
                                             "Barn- och utbildningsnämnden");
  g_autoptr(StyrAllocation) rfm = make_school_allocation ();
  g_autoptr(StyrAllocation) what_if = NULL;
  g_autoptr(GError) error = NULL;
  gint64 original = 0, proposal = 0, frame = 0, volume = 0;

  g_assert_true (styr_model_add (model, STYR_ENTITY (bun), &error));
  g_assert_null (styr_organ_get_allocation (bun));
  g_assert_true (styr_organ_set_allocation (bun, rfm, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_get_allocation (bun) == rfm);

  what_if = styr_allocation_copy (rfm);
  g_assert_true (what_if != rfm);
  g_assert_true (styr_allocation_set_volume (what_if, "elever", 2026, 4500, &error));
  g_assert_true (styr_allocation_set_efficiency (what_if, 2026, 200, &error));
  g_assert_no_error (error);

  g_assert_true (styr_allocation_compute_frame (rfm, 2026, &original, &error));
  g_assert_true (styr_allocation_compute_frame (what_if, 2026, &proposal, &error));
  g_assert_no_error (error);
  g_assert_cmpint (original, ==, expected_frame (FIXED, 4350, 10500000, 250, 300));
  g_assert_cmpint (proposal, ==, expected_frame (FIXED, 4500, 10500000, 250, 200));
  g_assert_cmpint (proposal, >, original);

  /* The original is untouched. */
  g_assert_true (styr_allocation_lookup_volume (rfm, "elever", 2026, &volume));
  g_assert_cmpint (volume, ==, 4350);
  g_assert_cmpint (styr_allocation_get_efficiency (rfm, 2026), ==, 300);

  /* Apply the model, then adopt the proposal. */
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_assert_true (styr_allocation_apply (rfm, bun, years[i].year, &error));
      g_assert_no_error (error);
    }
  g_assert_true (styr_organ_lookup_frame (bun, 2026, &frame));
  g_assert_cmpint (frame, ==, original);

  g_assert_true (styr_allocation_apply (what_if, bun, 2026, &error));
  g_assert_no_error (error);
  g_assert_true (styr_organ_lookup_frame (bun, 2026, &frame));
  g_assert_cmpint (frame, ==, proposal);
  g_assert_true (styr_organ_lookup_frame (bun, 2025, &frame));
  g_assert_cmpint (frame, ==, G_GINT64_CONSTANT (48705098000));

  g_assert_true (styr_organ_set_allocation (bun, NULL, &error));
  g_assert_null (styr_organ_get_allocation (bun));
}

static void
test_allocation_cost_per_unit (void)
{
  g_autoptr(StyrAllocation) rfm = make_school_allocation ();
  g_autoptr(GError) error = NULL;
  gint64 previous_cost = G_MAXINT64;
  gint64 previous_frame = 0;

  /* Growing without growing: pupils and the frame rise year by year,
   * the cost per pupil falls. */
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      const Year *y = &years[i];
      gint64 cost = 0, frame = 0;
      gint64 part = expected_frame (0, y->pupils, y->price, y->index, y->efficiency);

      g_assert_true (styr_allocation_get_cost_per_unit (rfm, "elever", y->year, &cost, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cost, ==, round_div (part, y->pupils));
      g_assert_cmpint (cost, <, previous_cost);

      g_assert_true (styr_allocation_compute_frame (rfm, y->year, &frame, &error));
      g_assert_cmpint (frame, >, previous_frame);

      previous_cost = cost;
      previous_frame = frame;
    }

  /* By hand: 105 000 kr × 1,028 × 0,985 = 106 320,90 kr per pupil in
   * 2025; 104 000 kr × 1,025 × 0,97 = 103 402 kr in 2027. */
  g_assert_true (styr_allocation_get_cost_per_unit (rfm, "elever", 2025, &previous_cost, &error));
  g_assert_cmpint (previous_cost, ==, 10632090);
  g_assert_true (styr_allocation_get_cost_per_unit (rfm, "elever", 2027, &previous_cost, &error));
  g_assert_cmpint (previous_cost, ==, 10340200);
  g_assert_no_error (error);
}

static void
count_changed (StyrAllocation *rfm,
               guint          *counter)
{
  (*counter)++;
}

static void
test_allocation_changed (void)
{
  g_autoptr(StyrAllocation) rfm = styr_allocation_new ();
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_signal_connect (rfm, "changed", G_CALLBACK (count_changed), &n);
  g_assert_true (styr_allocation_add_driver (rfm, "elever", NULL, NULL, &error));
  g_assert_true (styr_allocation_set_volume (rfm, "elever", 2025, 10, &error));
  g_assert_true (styr_allocation_set_fixed (rfm, 2025, 10, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);

  g_assert_false (styr_allocation_set_volume (rfm, "elever", 2025, -1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (n, ==, 3);
}

static void
test_allocation_errors (void)
{
  g_autoptr(StyrModel) model = styr_model_new ();
  g_autoptr(StyrOrgan) kf = styr_organ_new ("kf", STYR_ORGAN_KIND_COUNCIL, "Kommunfullmäktige");
  g_autoptr(StyrAllocation) rfm = styr_allocation_new ();
  g_autoptr(GError) error = NULL;
  gint64 value = 1;

  g_assert_false (styr_allocation_compute_frame (rfm, 2025, &value, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_assert_cmpint (value, ==, 0);
  g_clear_error (&error);

  g_assert_false (styr_allocation_add_driver (rfm, "", NULL, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ID);
  g_clear_error (&error);
  g_assert_true (styr_allocation_add_driver (rfm, "elever", NULL, "elever", &error));
  g_assert_false (styr_allocation_add_driver (rfm, "elever", NULL, NULL, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  g_assert_false (styr_allocation_set_volume (rfm, "saknas", 2025, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (styr_allocation_set_price (rfm, "elever", 2025, -1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_allocation_set_fixed (rfm, 0, 1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_allocation_set_index (rfm, 2025, 10001, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_allocation_set_efficiency (rfm, 2025, -1, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* A volume without a price. */
  g_assert_true (styr_allocation_set_volume (rfm, "elever", 2025, 100, &error));
  g_assert_false (styr_allocation_compute_frame (rfm, 2025, &value, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Overflow is an error, never a wrapped figure. */
  g_assert_true (styr_allocation_set_price (rfm, "elever", 2025, G_MAXINT64 / 50, &error));
  g_assert_false (styr_allocation_compute_frame (rfm, 2025, &value, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_true (styr_allocation_set_volume (rfm, "elever", 2025, 1, &error));
  g_assert_true (styr_allocation_set_fixed (rfm, 2025, G_MAXINT64, &error));
  g_assert_false (styr_allocation_compute_frame (rfm, 2025, &value, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_OVERFLOW);
  g_clear_error (&error);

  /* Cost per unit needs a volume above 0. */
  g_assert_true (styr_allocation_set_volume (rfm, "elever", 2025, 0, &error));
  g_assert_false (styr_allocation_get_cost_per_unit (rfm, "elever", 2025, &value, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (styr_allocation_get_cost_per_unit (rfm, "elever", 2024, &value, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Only nämnder and KS carry frames. */
  g_assert_true (styr_model_add (model, STYR_ENTITY (kf), &error));
  g_assert_false (styr_organ_set_allocation (kf, rfm, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_true (styr_allocation_set_fixed (rfm, 2026, 100, &error));
  g_assert_false (styr_allocation_apply (rfm, kf, 2026, &error));
  g_assert_error (error, STYR_ERROR, STYR_ERROR_WRONG_OWNER);
  g_clear_error (&error);
  g_assert_false (styr_organ_lookup_frame (kf, 2026, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/allocation/frame", test_allocation_frame);
  g_test_add_func ("/allocation/rounding", test_allocation_rounding);
  g_test_add_func ("/allocation/what-if", test_allocation_what_if);
  g_test_add_func ("/allocation/cost-per-unit", test_allocation_cost_per_unit);
  g_test_add_func ("/allocation/changed", test_allocation_changed);
  g_test_add_func ("/allocation/errors", test_allocation_errors);

  return g_test_run ();
}
