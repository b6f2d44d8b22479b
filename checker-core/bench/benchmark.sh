#!/usr/bin/env bash
# Times regexguard's full scan against two baselines over the same tree of Java sources
# (design.md section 12): JavaParser parsing every file (ParseAll) and, with --pmd, PMD 7 running
# one XPath rule. Targets: the scan at least 3x faster than PMD and no slower than ParseAll,
# 1 million lines within a 512 MB heap, a pre-commit run on 10 staged files of a 100k-line
# repository under 1 s (--staged-latency).
#
# Without --tree it scans a generated corpus (CorpusGenerator, seed 42) of --lines lines, kept in
# checker-core/target/bench/corpus-<lines> and reused. Everything else it makes goes there too:
# the PMD download (pmd/), the staged-latency repository (staged-repo/) and each run's output,
# time and GC logs (runs/).
#
# Wall time is the whole process, JVM start included. Peak RSS comes from /usr/bin/time -v; peak
# heap is the largest heap occupancy seen before a collection in the JVM's -Xlog:gc output.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: benchmark.sh [--lines N] [--tree DIR] [--pmd] [--threads N] [--xmx SIZE] [--runs N] [--staged-latency]
  --lines N          size of the generated corpus (default 1000000); ignored with --tree
  --tree DIR         scan this tree instead of a generated corpus
  --pmd              also time PMD 7.27.0 with one XPath rule (downloaded from Maven Central once)
  --threads N        threads for every tool (default: number of processors)
  --xmx SIZE         maximum heap for every JVM (default 512m)
  --runs N           run each tool N times and report the median run (default 1)
  --staged-latency   only time `regexguard --staged` on 10 staged files of a 100k-line git repository
EOF
}

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
CORE_DIR=$(dirname "$BENCH_DIR")
REPO_DIR=$(dirname "$CORE_DIR")
WORK_DIR=$CORE_DIR/target/bench
RUNS_DIR=$WORK_DIR/runs
PMD_DIR=$WORK_DIR/pmd
JAR=$CORE_DIR/target/regexguard.jar
PMD_VERSION=7.27.0
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
STAGED_CORPUS_LINES=100000
STAGED_FILES=10
STAGED_RUNS=5

LINES=1000000
TREE=
RUN_PMD=false
THREADS=$(nproc 2>/dev/null || echo 2)
XMX=512m
RUNS=1
STAGED_LATENCY=false

declare -A WALL_MS=() CPU_S=() RSS_MB=() HEAP_MB=() STATUS=() ALL_WALLS=() LOG_RUN=()

say() { printf '%s\n' "$*" >&2; }
die() { say "benchmark.sh: $*"; exit 2; }

parse_args() {
  while [ $# -gt 0 ]; do
    case $1 in
      --lines) [ $# -ge 2 ] || die "--lines needs a value"; LINES=$2; shift ;;
      --tree) [ $# -ge 2 ] || die "--tree needs a value"; TREE=$2; shift ;;
      --pmd) RUN_PMD=true ;;
      --threads) [ $# -ge 2 ] || die "--threads needs a value"; THREADS=$2; shift ;;
      --xmx) [ $# -ge 2 ] || die "--xmx needs a value"; XMX=$2; shift ;;
      --runs) [ $# -ge 2 ] || die "--runs needs a value"; RUNS=$2; shift ;;
      --staged-latency) STAGED_LATENCY=true ;;
      -h|--help) usage; exit 0 ;;
      *) usage >&2; die "unknown argument: $1" ;;
    esac
    shift
  done
  [[ $LINES =~ ^[1-9][0-9]*$ ]] || die "--lines needs a positive number, got $LINES"
  [[ $THREADS =~ ^[1-9][0-9]*$ ]] || die "--threads needs a positive number, got $THREADS"
  [[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive number, got $RUNS"
  # @GCLOG@ becomes each run's own GC log file (see measure).
  JVM_OPTIONS=("-Xmx$XMX" "-Xlog:gc:file=@GCLOG@")
  if [ -n "$TREE" ]; then
    [ -d "$TREE" ] || die "--tree $TREE is not a directory"
    TREE=$(cd "$TREE" && pwd)
  fi
}

# Runs Maven quietly from the repository root; on failure shows the end of its output.
maven() {
  local log=$WORK_DIR/maven.log
  if ! (cd "$REPO_DIR" && mvn -q -B "$@") >"$log" 2>&1; then
    say "benchmark.sh: mvn $* failed; last lines of $log:"
    tail -n 30 "$log" >&2
    return 1
  fi
}

build_jar_if_missing() {
  [ -f "$JAR" ] && return 0
  say "building regexguard.jar (mvn package -pl checker-core -am) ..."
  maven -DskipTests package -pl checker-core -am || true
}

# Prints why the regexguard CLI cannot run, or nothing when it can.
regexguard_problem() {
  if [ ! -f "$JAR" ]; then
    echo "$JAR is missing and could not be built"
    return
  fi
  local out
  if ! out=$(java -jar "$JAR" --version 2>&1); then
    echo "java -jar regexguard.jar --version fails: $(printf '%s\n' "$out" | head -n 1)"
  fi
}

# Compiles the generator and ParseAll (test classes) and writes their classpath.
build_bench_classes() {
  say "compiling the benchmark tools (mvn test-compile -pl checker-core -am) ..."
  maven test-compile "$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.outputFile=target/bench/classpath.txt \
    -pl checker-core -am || die "cannot compile the benchmark tools"
  BENCH_CP=$CORE_DIR/target/test-classes:$CORE_DIR/target/classes:$(cat "$WORK_DIR/classpath.txt")
}

# Prints the directory of a generated corpus of $1 lines, generating it first if needed.
ensure_corpus() {
  local lines=$1 corpus=$WORK_DIR/corpus-$1
  if [ ! -f "$corpus/corpus-summary.txt" ]; then
    say "generating a corpus of $lines lines into $corpus ..."
    rm -rf "$corpus" "$corpus.partial"
    java -cp "$BENCH_CP" io.github.regexguard.bench.CorpusGenerator --lines "$lines" --out "$corpus.partial" \
      >/dev/null || die "corpus generation failed"
    mv "$corpus.partial" "$corpus"
  fi
  echo "$corpus"
}

fetch_pmd() {
  [ -f "$PMD_DIR/lib/pmd-java-$PMD_VERSION.jar" ] && return 0
  say "downloading PMD $PMD_VERSION (pmd-cli, pmd-java) from Maven Central ..."
  mkdir -p "$PMD_DIR"
  cat >"$PMD_DIR/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.regexguard.bench</groupId>
  <artifactId>pmd-download</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>net.sourceforge.pmd</groupId>
      <artifactId>pmd-cli</artifactId>
      <version>$PMD_VERSION</version>
    </dependency>
    <dependency>
      <groupId>net.sourceforge.pmd</groupId>
      <artifactId>pmd-java</artifactId>
      <version>$PMD_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF
  maven -f "$PMD_DIR/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" -DoutputDirectory="$PMD_DIR/lib" \
    || die "cannot download PMD $PMD_VERSION"
}

# One XPath rule, so PMD's cost is parsing plus one tree query, like regexguard's.
write_pmd_ruleset() {
  cat >"$PMD_DIR/ruleset.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<ruleset name="regexguard-benchmark"
         xmlns="http://pmd.sourceforge.net/ruleset/2.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://pmd.sourceforge.net/ruleset/2.0.0 https://pmd.sourceforge.io/ruleset_2_0_0.xsd">
  <description>One XPath rule: the PMD baseline of the regexguard benchmark.</description>
  <rule name="RegexCall" language="java" message="Call of a method named regex"
        class="net.sourceforge.pmd.lang.rule.xpath.XPathRule">
    <description>Flags every call of a method named regex, such as Filters.regex(...).</description>
    <priority>3</priority>
    <properties>
      <property name="xpath">
        <value><![CDATA[//MethodCall[@MethodName = 'regex']]]></value>
      </property>
    </properties>
  </rule>
</ruleset>
EOF
}

# measure NAME COMMAND...: runs the command with output in runs/NAME.{out,err,time,gc} and records
# its wall time, exit status, peak RSS and peak heap.
measure() {
  local name=$1 start end status=0 arg command=()
  shift
  for arg in "$@"; do
    command+=("${arg//@GCLOG@/$RUNS_DIR/$name.gc}")
  done
  rm -f "$RUNS_DIR/$name".*
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$RUNS_DIR/$name.time" "${command[@]}" >"$RUNS_DIR/$name.out" 2>"$RUNS_DIR/$name.err" \
      || status=$?
  else
    "${command[@]}" >"$RUNS_DIR/$name.out" 2>"$RUNS_DIR/$name.err" || status=$?
  fi
  end=$(date +%s%N)
  WALL_MS[$name]=$(( (end - start) / 1000000 ))
  STATUS[$name]=$status
  CPU_S[$name]=$(cpu_seconds "$RUNS_DIR/$name.time")
  RSS_MB[$name]=$(peak_rss_mb "$RUNS_DIR/$name.time")
  HEAP_MB[$name]=$(peak_heap_mb "$RUNS_DIR/$name.gc")
}

# timed NAME COMMAND...: measures the command --runs times (as NAME-1, NAME-2, ...) and keeps the
# median run's figures under NAME, with the worst exit status of all runs.
timed() {
  local name=$1 i run
  shift
  for i in $(seq 1 "$RUNS"); do
    measure "$name-$i" "$@"
  done
  local median
  median=$(for i in $(seq 1 "$RUNS"); do echo "${WALL_MS[$name-$i]} $i"; done | sort -n \
    | awk '{ run[NR] = $2 } END { print run[int((NR + 1) / 2)] }')
  run=$name-$median
  WALL_MS[$name]=${WALL_MS[$run]}
  CPU_S[$name]=${CPU_S[$run]}
  RSS_MB[$name]=${RSS_MB[$run]}
  HEAP_MB[$name]=${HEAP_MB[$run]}
  STATUS[$name]=0
  ALL_WALLS[$name]=
  for i in $(seq 1 "$RUNS"); do
    [ "${STATUS[$name-$i]}" -le "${STATUS[$name]}" ] || STATUS[$name]=${STATUS[$name-$i]}
    ALL_WALLS[$name]+="${WALL_MS[$name-$i]} "
  done
  LOG_RUN[$name]=$run
}

# User plus system CPU seconds: less disturbed than wall time by other work on the machine.
cpu_seconds() {
  [ -f "$1" ] || { echo -; return; }
  awk -F': ' '/(User|System) time \(seconds\)/ { cpu += $2; found = 1 }
    END { if (found) printf "%.2f", cpu; else print "-" }' "$1"
}

peak_rss_mb() {
  [ -f "$1" ] || { echo -; return; }
  awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024; found = 1 } END { if (!found) print "-" }' "$1"
}

# Largest "before" value of the "123M->45M(512M)" transitions in a -Xlog:gc file.
peak_heap_mb() {
  [ -f "$1" ] || { echo -; return; }
  awk '
    function mb(v) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1)
                     return u == "G" ? n * 1024 : u == "K" ? n / 1024 : n }
    match($0, /[0-9]+[KMG]->/) { v = mb(substr($0, RSTART, RLENGTH - 2)); if (v > max) max = v; found = 1 }
    END { if (found) printf "%d", max; else print "-" }' "$1"
}

warm_page_cache() {
  find "$TREE" -name '*.java' -type f -print0 | xargs -0 cat >/dev/null
}

count_tree() {
  TREE_FILES=$(find "$TREE" -name '*.java' -type f | wc -l)
  TREE_LINES=$(find "$TREE" -name '*.java' -type f -print0 | xargs -0 cat | wc -l)
}

run_regexguard() {
  local problem
  problem=$(regexguard_problem)
  if [ -n "$problem" ]; then
    REGEXGUARD_PROBLEM=$problem
    return
  fi
  # Test sources are skipped by default; a user's tree may have some, which the baselines parse.
  local include_tests=()
  [ "$GENERATED" = true ] || include_tests=(--include-tests)
  say "timing regexguard ..."
  timed regexguard java "${JVM_OPTIONS[@]}" -jar "$JAR" --fail-on never --quiet --threads "$THREADS" \
    "${include_tests[@]}" "$TREE"
  if [ "${STATUS[regexguard]}" -gt 1 ]; then
    REGEXGUARD_PROBLEM="the scan exited with ${STATUS[regexguard]}: $(head -n 1 "$RUNS_DIR/regexguard-1.err")"
  fi
}

run_parse_all() {
  say "timing ParseAll ..."
  timed parse-all java "${JVM_OPTIONS[@]}" -cp "$BENCH_CP" io.github.regexguard.bench.ParseAll \
    --threads "$THREADS" "$TREE"
}

run_pmd() {
  fetch_pmd
  write_pmd_ruleset
  say "timing PMD $PMD_VERSION ..."
  timed pmd java "${JVM_OPTIONS[@]}" -cp "$PMD_DIR/lib/*" net.sourceforge.pmd.cli.PmdCli check \
    -d "$TREE" -R "$PMD_DIR/ruleset.xml" -f text -r "$RUNS_DIR/pmd-report.txt" --no-cache --no-progress \
    --no-fail-on-violation --use-version java-17 --threads "$THREADS"
}

row() {
  local name=$1 label=$2 ms=${WALL_MS[$1]:-}
  if [ -z "$ms" ]; then
    printf '%-20s %7s %9s %8s %8s %9s %10s %8s %8s  %s\n' "$label" - - - - - - - - "not run"
    return
  fi
  awk -v label="$label" -v files="$TREE_FILES" -v lines="$TREE_LINES" -v ms="$ms" -v cpu="${CPU_S[$name]}" \
      -v rss="${RSS_MB[$name]}" -v heap="${HEAP_MB[$name]}" -v status="${STATUS[$name]}" 'BEGIN {
    s = ms / 1000
    printf "%-20s %7d %9d %8.2f %8s %9.0f %10.0f %8s %8s  %s\n", label, files, lines, s, cpu, files / s,
      lines / s, rss, heap, status }'
}

# ratio SLOWER FASTER TARGET LABEL: the wall-time ratio against its target, and the CPU-time ratio.
ratio() {
  local slower=$1 faster=$2 target=$3 label=$4
  if [ -z "${WALL_MS[$slower]:-}" ] || [ -z "${WALL_MS[$faster]:-}" ]; then
    printf '%-22s n/a (both tools must run)\n' "$label"
    return
  fi
  awk -v n="${WALL_MS[$slower]}" -v d="${WALL_MS[$faster]}" -v cn="${CPU_S[$slower]}" -v cd="${CPU_S[$faster]}" \
      -v t="$target" -v label="$label" 'BEGIN {
    r = n / d
    printf "%-22s wall %.2fx (target >= %.1fx: %s)", label, r, t, (r >= t ? "met" : "MISSED")
    if (cd + 0 > 0) printf ", cpu %.2fx", cn / cd
    printf "\n" }'
}

print_report() {
  echo
  echo "tree: $TREE"
  echo "threads: $THREADS, -Xmx$XMX, java: $(java -version 2>&1 | head -n 1)"
  echo
  printf '%-20s %7s %9s %8s %8s %9s %10s %8s %8s  %s\n' tool files lines "wall s" "cpu s" "files/s" \
    "lines/s" "RSS MB" "heap MB" exit
  row regexguard regexguard
  row parse-all "ParseAll JP $(grep -o 'javaparser-core-[0-9.]*[0-9]' "$WORK_DIR/classpath.txt" | head -n 1 \
    | sed 's/javaparser-core-//')"
  if [ "$RUN_PMD" = true ]; then
    row pmd "PMD $PMD_VERSION"
  fi
  echo
  if [ "$RUN_PMD" = true ]; then
    ratio pmd regexguard 3 "PMD / regexguard:"
  fi
  ratio parse-all regexguard 1 "ParseAll / regexguard:"
  echo
  echo "wall: whole process, JVM start included; cpu: user + system seconds; files/s and lines/s use wall;"
  echo "RSS MB: peak resident set size (/usr/bin/time -v);"
  echo "heap MB: largest heap occupancy before a GC (-Xlog:gc), '-' if no GC ran; exit: the tool's status."
  echo "files and lines: .java files under the tree (wc -l). Logs: $RUNS_DIR"
  [ "$RUNS" -eq 1 ] || print_all_runs
  if [ "$RUN_PMD" = true ] && [ -f "$RUNS_DIR/pmd-report.txt" ]; then
    echo "PMD found $(wc -l <"$RUNS_DIR/pmd-report.txt") calls of a method named regex."
  fi
  if [ -n "${WALL_MS[parse-all]:-}" ]; then
    echo "ParseAll, JVM start excluded: $(grep -o 'wall_ms=[0-9]*' "$RUNS_DIR/${LOG_RUN[parse-all]}.out" || echo '?')"
  fi
  echo "load average (1 min) before / after the runs: $LOAD_BEFORE / $(cut -d' ' -f1 /proc/loadavg)" \
    "(other work on the machine inflates wall times)"
  [ -x /usr/bin/time ] || echo "RSS not measured: /usr/bin/time is missing (Debian package 'time')."
}

print_all_runs() {
  local name
  echo "median of $RUNS runs; every run's wall ms:"
  for name in regexguard parse-all pmd; do
    [ -z "${ALL_WALLS[$name]:-}" ] || echo "  $name: ${ALL_WALLS[$name]}"
  done
}

staged_latency() {
  local problem
  problem=$(regexguard_problem)
  [ -z "$problem" ] || { say "benchmark.sh: cannot time regexguard --staged: $problem"; exit 1; }
  local corpus repo=$WORK_DIR/staged-repo
  corpus=$(ensure_corpus "$STAGED_CORPUS_LINES")
  say "preparing a git repository with $STAGED_FILES staged files in $repo ..."
  rm -rf "$repo"
  cp -R "$corpus" "$repo"
  git -C "$repo" init -q
  git -C "$repo" add -A
  git -C "$repo" -c user.name=benchmark -c user.email=benchmark@example.invalid -c commit.gpgsign=false \
    commit -qm "generated corpus"
  local files
  mapfile -t files < <(cd "$repo" && find src -path '*/dao/*.java' | sort | head -n "$STAGED_FILES")
  for file in "${files[@]}"; do
    add_query_method "$repo/$file"
  done
  git -C "$repo" add -- "${files[@]}"

  local walls=() i
  for i in $(seq 1 "$STAGED_RUNS"); do
    measure "staged-$i" env -C "$repo" java "${JVM_OPTIONS[@]}" -jar "$JAR" --staged --fail-on never --quiet
    if [ "${STATUS[staged-$i]}" -gt 1 ]; then
      say "regexguard --staged is not usable yet (exit ${STATUS[staged-$i]}): $(head -n 1 "$RUNS_DIR/staged-$i.err")"
      return 0
    fi
    walls+=("${WALL_MS[staged-$i]}")
  done
  echo
  echo "regexguard --staged, $STAGED_FILES staged files of a $STAGED_CORPUS_LINES-line repository, -Xmx$XMX:"
  printf '%s\n' "${walls[@]}" | sort -n | awk -v rss="${RSS_MB[staged-1]}" '
    { ms[NR] = $1 }
    END {
      median = ms[int((NR + 1) / 2)]
      printf "runs (ms, sorted): "; for (i = 1; i <= NR; i++) printf "%d ", ms[i]
      printf "\nmedian %d ms (target < 1000 ms: %s), peak RSS %s MB (first run)\n",
        median, (median < 1000 ? "met" : "MISSED"), rss }'
}

# A realistic edit: a new query method at the end of the class (the file is parsed, never compiled).
add_query_method() {
  local file=$1
  sed -i '$d' "$file"
  cat >>"$file" <<'EOF'

    static long countByEmailDomain(MongoCollection<Document> users, String domain) {
        return users.countDocuments(Filters.regex("email", "@" + Pattern.quote(domain) + "$", "i"));
    }
}
EOF
}

main() {
  parse_args "$@"
  rm -rf "$RUNS_DIR"
  mkdir -p "$RUNS_DIR"
  build_jar_if_missing
  build_bench_classes
  if [ "$STAGED_LATENCY" = true ]; then
    staged_latency
    return
  fi
  GENERATED=false
  if [ -z "$TREE" ]; then
    TREE=$(ensure_corpus "$LINES")
    GENERATED=true
  fi
  count_tree
  warm_page_cache
  LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
  REGEXGUARD_PROBLEM=
  run_regexguard
  run_parse_all
  [ "$RUN_PMD" = false ] || run_pmd
  print_report | tee "$WORK_DIR/last-report.txt"
  if [ -n "$REGEXGUARD_PROBLEM" ]; then
    say ""
    say "benchmark.sh: regexguard was not measured: $REGEXGUARD_PROBLEM"
    exit 1
  fi
}

main "$@"
