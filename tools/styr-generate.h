/* styr-generate.h — styr generate: synthetic municipalities for tests and
 * benchmarks.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

/* Runs `styr generate`: @argv[0] is the command's name ("generate"), the
 * rest its options. Returns the exit status: 0 on success, 2 on bad usage
 * or when the file cannot be written. */
int styr_cmd_generate (int    argc,
                       char **argv);
