# Installing tarikh and its Debian package (scripts/package runs cpack).
#
# The layout is the one DefaultDataDir() (src/common/data_dir.cc) looks for
# beside the program: /usr/bin/tarikh finds its lexicons in
# /usr/bin/../share/tarikh/data, so an installed tarikh needs no setting and
# no path of the build machine. The manual page is made from --help by
# help2man (cmake/man_page.cmake) when help2man is installed;
# TARIKH_MAN_PAGE=ON makes it required, as scripts/package does.
include(GNUInstallDirs)

option(TARIKH_MAN_PAGE "Fail when help2man is missing (the manual page is made when it is there)" OFF)
find_program(HELP2MAN_EXECUTABLE help2man)
if(TARIKH_MAN_PAGE AND NOT HELP2MAN_EXECUTABLE)
  message(FATAL_ERROR "TARIKH_MAN_PAGE: help2man is not installed (apt-get install help2man)")
endif()
if(TARIKH_MAN_PAGE AND (TARIKH_SANITIZE OR TARIKH_FUZZ))
  message(FATAL_ERROR "TARIKH_MAN_PAGE: a package is made from a build without sanitizers")
endif()

install(TARGETS tarikh_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/tarikh/data
        PATTERN "__pycache__" EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Debian wants the changelog of a native package gzipped (-n: no time stamp,
# so the same changelog gives the same bytes).
set(TARIKH_CHANGELOG ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(
  OUTPUT ${TARIKH_CHANGELOG}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
  COMMAND sh -c "gzip -9n -c '${PROJECT_SOURCE_DIR}/packaging/changelog' > '${TARIKH_CHANGELOG}'"
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog
  COMMENT "packaging/changelog.gz"
  VERBATIM)
add_custom_target(tarikh_changelog ALL DEPENDS ${TARIKH_CHANGELOG})
install(FILES ${TARIKH_CHANGELOG} DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
file(GLOB TARIKH_DOCS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md ${PROJECT_SOURCE_DIR}/docs/*.png)
install(FILES ${TARIKH_DOCS} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

# Not from a sanitizer or fuzzing build: no one installs those, and their
# program would run under ASan to print its help.
if(HELP2MAN_EXECUTABLE AND NOT TARIKH_SANITIZE AND NOT TARIKH_FUZZ)
  set(TARIKH_MAN ${PROJECT_BINARY_DIR}/man/tarikh.1.gz)
  add_custom_command(
    OUTPUT ${TARIKH_MAN}
    COMMAND ${CMAKE_COMMAND} -DTARIKH=$<TARGET_FILE:tarikh_cli> -DHELP2MAN=${HELP2MAN_EXECUTABLE}
            -DVERSION=${PROJECT_VERSION} -DOUT=${TARIKH_MAN} -DROOT=${PROJECT_SOURCE_DIR}
            -P ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    DEPENDS tarikh_cli ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
    COMMENT "Manual page from tarikh --help (help2man)"
    VERBATIM)
  add_custom_target(tarikh_man ALL DEPENDS ${TARIKH_MAN})
  install(FILES ${TARIKH_MAN} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tarikh)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Arabic news articles into a dated record of diplomatic events")
# The summary above is the description's first line; this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "tarikh reads Arabic news articles (UTF-8, UTF-16, Windows-1256 or ISO-8859-6,
with an optional front matter block) and builds a dated record of who met,
called, negotiated with or broke with whom: events.json, events.csv,
timeline and network diagrams drawn with Graphviz, GraphML, TimelineJS and one
HTML page. Builds are incremental; `tarikh watch` follows a folder.")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "tarikh maintainers <maintainers@users.noreply.h-seed-9f79f7be.example>")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The shared libraries give most dependencies (dpkg-shlibdeps); the Arabic
# dictionary is read at run time, and the diagrams measure their Arabic text
# in Noto Sans Arabic (other fonts give other sizes than output/ has).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hunspell-ar")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # tarikh_VERSION_amd64.deb
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
include(CPack)
