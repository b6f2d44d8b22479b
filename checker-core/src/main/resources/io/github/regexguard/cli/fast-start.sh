# regexguard_run JAVA CODE JAVA-ARGUMENTS...: runs JAVA JAVA-ARGUMENTS with the options that start
# regexguard fastest (measured in the README, "Performance"): the client compiler only, because a
# scan ends before the optimising compiler pays back its compile time, and a class-data-sharing
# archive of regexguard's classes. CODE is the regexguard jar: the first run analyses a built-in
# sample as well (so that the archive holds what a scan loads) and writes the archive under
# ${XDG_CACHE_HOME:-$HOME/.cache}/regexguard; later runs map it until the jar or the java binary
# changes. Without a jar (classes on a class path) it runs without an archive.
regexguard_run() {
  rg_java=$1
  rg_code=$2
  shift 2
  rg_options="-XX:+IgnoreUnrecognizedVMOptions -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=error:stderr"
  if [ ! -f "$rg_code" ]; then
    # shellcheck disable=SC2086
    "$rg_java" $rg_options "$@"
    return $?
  fi
  rg_cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/regexguard
  rg_key=$(printf '%s\n%s\n' "$rg_code" "$rg_java" | cksum | cut -d ' ' -f 1)
  rg_archive=$rg_cache/classes-$rg_key.jsa
  rg_binary=$(command -v "$rg_java" 2>/dev/null || printf '%s' "$rg_java")
  # -nt is not POSIX, but dash, bash, ksh, zsh and busybox sh all have it.
  # shellcheck disable=SC3013
  if [ -f "$rg_archive" ] && [ ! "$rg_code" -nt "$rg_archive" ] && [ ! "$rg_binary" -nt "$rg_archive" ]; then
    # shellcheck disable=SC2086
    "$rg_java" $rg_options -XX:SharedArchiveFile="$rg_archive" "$@"
    rg_status=$?
    # The JVM aborts on a damaged archive: drop it, the next run writes a new one.
    [ "$rg_status" -ne 134 ] || rm -f "$rg_archive"
    return "$rg_status"
  fi
  if mkdir -p "$rg_cache" 2>/dev/null; then
    # Written under a temporary name and moved into place whole: a partial archive crashes the JVM.
    # shellcheck disable=SC2086
    "$rg_java" $rg_options -XX:ArchiveClassesAtExit="$rg_archive.$$" -Dregexguard.warmUp=true "$@"
    rg_status=$?
    if [ -s "$rg_archive.$$" ]; then mv -f "$rg_archive.$$" "$rg_archive"; else rm -f "$rg_archive.$$"; fi
    return "$rg_status"
  fi
  # shellcheck disable=SC2086
  "$rg_java" $rg_options "$@"
}
