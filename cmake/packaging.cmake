# `cpack -G DEB`: a Debian package of what `cmake --install` installs, with
# dependencies computed from the binary by dpkg-shlibdeps. Needs dpkg-dev (and
# fakeroot is not needed: CPack writes the archive as root-owned itself).
# Package-only files (copyright, changelog, compressed man pages, zsh's
# Debian folder) are arranged by debian_staging.cmake before packing.

set(SKINCARE_PACKAGE_MAINTAINER "skincare maintainers <skincare@example.org>" CACHE STRING
    "Maintainer of the Debian package: Name <email>")

set(CPACK_PACKAGE_NAME "skincare")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The skincare developers")
set(CPACK_PACKAGE_CONTACT "${SKINCARE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "learn whether microneedling suits you, and why")
set(CPACK_PACKAGE_DESCRIPTION [=[
skincare is a command-line education and self-assessment tool about
microneedling (collagen induction therapy). It asks the questions a careful
dermatology clinic would ask and says which answers matter and why, explains
skin conditions and facts with the studies behind each claim, and fits into
shell pipelines with JSON output and exit codes.

It is education, not a diagnosis, and makes no network connection.]=])
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # skincare_VERSION-1_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends: from the binary's libraries
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, jq")

# Read by debian_staging.cmake at packing time.
set(CPACK_SKINCARE_SOURCE_DIR "${PROJECT_SOURCE_DIR}")
set(CPACK_SKINCARE_CONTENT_VERSION "${SKINCARE_CONTENT_VERSION}")
set(CPACK_SKINCARE_ZSH_COMPLETION_DIR "${SKINCARE_ZSH_COMPLETION_DIR}")
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/debian_staging.cmake")

include(CPack)
