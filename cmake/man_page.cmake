# Writes tarikh's manual page (OUT, gzipped) with help2man from the program's
# own --help, so the page cannot drift from the options. help2man reads
# `tarikh --help`; the commands' --help texts are added as sections of their
# own, verbatim. Run by the tarikh_man target:
#   cmake -DTARIKH=build/tarikh -DHELP2MAN=help2man -DVERSION=0.1.0 -DOUT=man/tarikh.1.gz
#         -DROOT=<source dir> -P cmake/man_page.cmake

# Text as roff shows it verbatim: backslashes escaped, and a line that would
# start with a control character made literal.
function(tarikh_roff_verbatim text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

get_filename_component(dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
set(include_file "${dir}/tarikh.h2m")
set(sections "[COMMANDS]\n")
foreach(command build extract watch)
  execute_process(COMMAND "${TARIKH}" ${command} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TARIKH} ${command} --help failed (${rc})")
  endif()
  tarikh_roff_verbatim("${help}" help)
  string(APPEND sections ".SS \"tarikh ${command}\"\n.nf\n${help}.fi\n")
endforeach()
string(APPEND sections
  "[FILES]\n"
  ".TP\n.I /usr/share/tarikh/data\n"
  "The lexicons (month names, actors and their dated roles, places, event triggers);\n"
  "\\fB$TARIKH_DATA_DIR\\fR or \\fB\\-\\-data\\-dir\\fR names another folder.\n"
  ".TP\n.I OUTDIR/tarikh.sqlite\n"
  "The store that makes builds incremental (\\fB\\-\\-store\\fR names another file).\n"
  "[ENVIRONMENT]\n"
  ".TP\n.B TARIKH_DATA_DIR\n"
  "The folder of the lexicons, instead of the one installed beside the program.\n"
  "[SEE ALSO]\n"
  "/usr/share/doc/tarikh/format.md: the input, every output file, JSON field and CSV column.\n"
  "/usr/share/doc/tarikh/README.md: what tarikh does and how to use it.\n")
file(WRITE "${include_file}" "${sections}")

# help2man dates the page from SOURCE_DATE_EPOCH: the commit's time, so that
# one commit always makes the same page.
set(epoch "")
execute_process(COMMAND git -C "${ROOT}" log -1 --format=%ct OUTPUT_VARIABLE epoch
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE git_rc)
if(git_rc EQUAL 0 AND epoch MATCHES "^[0-9]+$")
  set(ENV{SOURCE_DATE_EPOCH} "${epoch}")
endif()
# The help holds Arabic: help2man reads and writes it as UTF-8 (--locale;
# its default, C, turns every byte past ASCII into '?').
string(REGEX REPLACE "\\.gz$" "" page "${OUT}")
execute_process(
  COMMAND "${HELP2MAN}" --locale=C.UTF-8 --no-info --no-discard-stderr --version-string=${VERSION}
          "--name=Arabic news articles into a dated record of diplomatic events"
          --section=1 --include=${include_file} --output=${page} "${TARIKH}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "help2man failed (${rc})")
endif()
execute_process(COMMAND gzip -9nf "${page}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip ${page} failed (${rc})")
endif()
