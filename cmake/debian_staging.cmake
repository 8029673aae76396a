# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on the staged files, before packing.
# For the Debian package only: Debian's zsh reads completions from
# share/zsh/vendor-completions, manual pages are compressed, and
# share/doc/skincare holds the copyright file and a compressed changelog.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
  return()
endif()

set(root "${CPACK_TEMPORARY_INSTALL_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")
if(NOT EXISTS "${root}/bin/skincare")
  message(FATAL_ERROR "debian_staging: no bin/skincare under ${root}")
endif()

set(zsh_from "${root}/${CPACK_SKINCARE_ZSH_COMPLETION_DIR}/_skincare")
if(EXISTS "${zsh_from}")
  file(MAKE_DIRECTORY "${root}/share/zsh/vendor-completions")
  file(RENAME "${zsh_from}" "${root}/share/zsh/vendor-completions/_skincare")
  file(REMOVE_RECURSE "${root}/${CPACK_SKINCARE_ZSH_COMPLETION_DIR}")
  file(GLOB leftover "${root}/share/zsh/*")
  list(REMOVE_ITEM leftover "${root}/share/zsh/vendor-completions")
  if(leftover)
    message(FATAL_ERROR "debian_staging: unexpected files in share/zsh: ${leftover}")
  endif()
endif()

find_program(GZIP gzip REQUIRED)
function(gzip_file path)  # gzip -9n: best compression, no name or time stamp
  execute_process(COMMAND "${GZIP}" -9nf "${path}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "debian_staging: gzip ${path} failed")
  endif()
endfunction()

file(GLOB pages "${root}/share/man/man1/*.1")
foreach(page ${pages})
  gzip_file("${page}")
endforeach()

set(doc "${root}/share/doc/${CPACK_PACKAGE_NAME}")
file(MAKE_DIRECTORY "${doc}")
file(COPY "${CPACK_SKINCARE_SOURCE_DIR}/packaging/copyright" DESTINATION "${doc}"
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

execute_process(COMMAND date -u -R -d "${CPACK_SKINCARE_CONTENT_VERSION} 12:00"
                OUTPUT_VARIABLE date OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "debian_staging: cannot format the date ${CPACK_SKINCARE_CONTENT_VERSION}")
endif()
set(version "${CPACK_PACKAGE_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
file(WRITE "${doc}/changelog.Debian"
  "${CPACK_PACKAGE_NAME} (${version}) unstable; urgency=medium\n"
  "\n"
  "  * skincare ${CPACK_PACKAGE_VERSION} with content ${CPACK_SKINCARE_CONTENT_VERSION}, packaged with\n"
  "    cpack from the upstream build. See README.md for what changed.\n"
  "\n"
  " -- ${CPACK_PACKAGE_CONTACT}  ${date}\n")
gzip_file("${doc}/changelog.Debian")
file(CHMOD "${doc}/changelog.Debian.gz" FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

# Built by upstream with cpack, not uploaded to Debian: no ITP bug to close.
set(overrides "${root}/share/lintian/overrides")
file(MAKE_DIRECTORY "${overrides}")
file(WRITE "${overrides}/${CPACK_PACKAGE_NAME}"
  "# Packaged by upstream with cpack, not uploaded to Debian: no ITP bug to close.\n"
  "${CPACK_PACKAGE_NAME}: initial-upload-closes-no-bugs\n")
